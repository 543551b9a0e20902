// Vonage's vetting appeal evidence in the mock: every file part of an upload is kept byte for
// byte as one evidence file (the answer names the first), with its filename and MIME type
// (fallback name `evidence` plus the extension of its type, as for Telnyx documents); a download
// returns those bytes. A failed vet is appealed with evidence already uploaded: it is PENDING
// again, and the appeal is granted after ten minutes (ACTIVE).
import { ownValue, scalarText } from "../../state/data.js";
import { parseMultipart } from "../../state/multipart.js";
import type { Json, OperationAnswer, OperationRequest, Refusal, StateAccess } from "../../state/resource-def.js";

export const EVIDENCE = "evidence";

const EXTENSIONS: Record<string, string> = { "application/pdf": "pdf", "text/plain": "txt", "image/png": "png", "image/jpeg": "jpg", "image/tiff": "tiff", "application/xml": "xml" };

function refuse(status: number, slug: string, title: string, detail: string, pointer?: string): { refuse: Refusal } {
  return { refuse: { status, title, detail, code: slug, ...(pointer ? { pointer } : {}) } };
}

function brandOf(request: OperationRequest, state: StateAccess): Json | undefined {
  return state.get("brand", request.params.brand_id ?? "");
}

/** POST /brands/{brand_id}/appeal/evidence */
export function uploadEvidence(request: OperationRequest, state: StateAccess): OperationAnswer {
  const brandId = request.params.brand_id ?? "";
  if (!brandOf(request, state)) return refuse(404, "not-found", "Not Found", `No brand ${brandId} was found.`);
  const parts = parseMultipart(request.raw ?? new Uint8Array(), request.headers["content-type"]).filter((part) => part.name === "file");
  if (parts.length === 0) return refuse(422, "invalid-vetting-data", "Invalid evidence", "The multipart body has no `file` part; send each evidence file in a part named file.", "/file");
  const kept = parts.map((part) => {
    const mimeType = part.contentType ?? "application/octet-stream";
    const named = part.filename?.trim();
    const extension = EXTENSIONS[mimeType.split(";")[0]!.trim().toLowerCase()];
    const fileName = named && named !== "blob" ? part.filename! : extension ? `evidence.${extension}` : "evidence";
    return state.add(EVIDENCE, { file_name: fileName, mime_type: mimeType }, brandId, { bytes: part.bytes, contentType: mimeType, filename: fileName });
  });
  return { status: request.status, body: kept[0] };
}

/** GET /brands/{brand_id}/appeal/evidence/{evidence_id}: the bytes uploaded. */
export function downloadEvidence(request: OperationRequest, state: StateAccess): OperationAnswer {
  const id = request.params.evidence_id ?? "";
  const file = state.file(EVIDENCE, id);
  const owned = state.children(EVIDENCE, request.params.brand_id ?? "").some((evidence) => evidence.id === id);
  if (!file || !owned) return refuse(404, "not-found", "Not Found", `No evidence file ${id} was found.`);
  return {
    status: 200,
    body: file.bytes,
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename.replace(/["\\\r\n]/g, "_")}"`, "content-length": String(file.bytes.length) },
  };
}

/** POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal: only a FAILED vet, with evidence of this brand. */
export function appealVetting(request: OperationRequest, state: StateAccess): OperationAnswer {
  const brandId = request.params.brand_id ?? "";
  const vettingId = request.params.vetting_id ?? "";
  const vetting = state.children("vetting", brandId).find((candidate) => candidate.vetting_id === vettingId);
  if (!vetting) return refuse(404, "not-found", "Not Found", `No vetting request ${vettingId} was found.`);
  if (ownValue(vetting, "vetting_status") !== "FAILED") {
    return refuse(422, "invalid-vetting-data", "Vetting cannot be appealed", `Only a FAILED vet can be appealed; this one is ${String(ownValue(vetting, "vetting_status"))}.`);
  }
  const ids = Array.isArray(request.body.evidence_ids) ? request.body.evidence_ids.map((id) => scalarText(id) ?? "") : [];
  const mine = new Set(state.children(EVIDENCE, brandId).map((evidence) => evidence.id));
  const unknown = ids.findIndex((id) => !mine.has(id));
  if (unknown !== -1) return refuse(422, "invalid-vetting-data", "Unknown evidence", `evidence_ids[${unknown}] names no evidence file uploaded for brand ${brandId}.`, `/evidence_ids/${unknown}`);
  state.startLifecycle("vetting", vettingId, [
    { after: 0, set: { vetting_status: "PENDING", failed_reasons: [] } },
    { after: 600, set: { vetting_status: "ACTIVE", vetting_score: 75 } },
  ]);
  return { status: 204, body: undefined };
}
