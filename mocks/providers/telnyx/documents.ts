// Telnyx documents in the mock: an upload is kept byte for byte with its content type and
// filename, and `documents.download` answers exactly those bytes. Both ways of
// `documents.uploadJson` are read: multipart/form-data with a binary `file` part, and JSON with
// the file base64-encoded in `file` (plus `filename`), or a `url` (the mock fetches nothing: the
// document is kept with no bytes, named after the URL's last path segment).
// Filename fallback, when the upload names none (no filename, an empty one, or `blob`, the name
// FormData gives a Blob appended without one): `document` plus the extension of its content type
// (`document.pdf`), or plain `document`.
import { ownValue, scalarText } from "../../state/data.js";
import { parseMultipart } from "../../state/multipart.js";
import { sha256Hex } from "../../state/sha256.js";
import type { Json, OperationAnswer, OperationRequest, Refusal, StateView, StoredFile, Transition } from "../../state/resource-def.js";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/tiff": "tiff",
  "text/plain": "txt",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

const TYPES_BY_EXTENSION: Record<string, string> = Object.fromEntries(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type]));

export function fallbackFilename(contentType: string): string {
  const extension = EXTENSIONS[contentType.split(";")[0]!.trim().toLowerCase()];
  return extension ? `document.${extension}` : "document";
}

function typeFromName(filename: string): string {
  const extension = filename.includes(".") ? filename.split(".").pop()!.toLowerCase() : "";
  return TYPES_BY_EXTENSION[extension === "jpeg" ? "jpg" : extension] ?? "application/octet-stream";
}

function refusal(detail: string, pointer: string): Refusal {
  return { status: 422, title: "Invalid document", detail, pointer, code: "10015" };
}

/** base64 (standard or URL-safe, padding optional) to bytes; undefined when it is not base64. */
function fromBase64(text: string): Uint8Array | undefined {
  const normal = text.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) return undefined;
  try {
    const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, "="));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function fromMultipart(request: OperationRequest): StoredFile | Refusal {
  const part = parseMultipart(request.raw ?? new Uint8Array(), request.headers["content-type"]).find((p) => p.name === "file");
  if (!part) return refusal("The multipart body has no `file` part; send the document's bytes in a part named file.", "/file");
  const contentType = part.contentType ?? "application/octet-stream";
  const named = part.filename?.trim();
  const filename = named && named !== "blob" ? part.filename! : fallbackFilename(contentType);
  return { bytes: part.bytes, contentType, filename };
}

function fromJson(body: Json): StoredFile | Refusal {
  const named = scalarText(body.filename)?.trim();
  if (typeof body.file === "string") {
    const bytes = fromBase64(body.file);
    if (!bytes) return refusal("`file` must be the document's bytes, base64-encoded.", "/file");
    const contentType = named ? typeFromName(named) : "application/octet-stream";
    return { bytes, contentType, filename: named || fallbackFilename(contentType) };
  }
  const url = scalarText(body.url);
  if (url) {
    const last = (() => {
      try {
        return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
      } catch {
        return "";
      }
    })();
    const filename = named || last || "document";
    return { bytes: new Uint8Array(), contentType: typeFromName(filename), filename };
  }
  return refusal("Send the document as `file` (base64) or `url`, or as multipart/form-data with a `file` part.", "/file");
}

/** The file a POST /documents uploads. */
export function documentUpload(request: OperationRequest): StoredFile | Refusal {
  return /^multipart\//i.test(request.headers["content-type"] ?? "") ? fromMultipart(request) : fromJson(request.body);
}

/** The document record describes the file kept. */
export function describeUpload(document: Json, file: StoredFile, request: OperationRequest): void {
  document.filename = file.filename;
  document.content_type = file.contentType;
  document.sha256 = sha256Hex(file.bytes);
  document.size = { amount: file.bytes.length, unit: "bytes" };
  const reference = scalarText(request.body.customer_reference) ?? partText(request, "customer_reference");
  if (reference !== undefined && Object.hasOwn(document, "customer_reference")) document.customer_reference = reference;
}

function partText(request: OperationRequest, name: string): string | undefined {
  if (!/^multipart\//i.test(request.headers["content-type"] ?? "")) return undefined;
  const part = parseMultipart(request.raw ?? new Uint8Array(), request.headers["content-type"]).find((p) => p.name === name);
  return part ? new TextDecoder().decode(part.bytes) : undefined;
}

/** GET /documents/{id}/download: the bytes uploaded, with their content type and filename. */
export function downloadDocument(request: OperationRequest, view: StateView): OperationAnswer {
  const id = request.params.id ?? "";
  const file = view.file("document", id);
  if (!view.get("document", id) || !file) {
    return { refuse: { status: 404, title: "Resource not found", detail: `Nothing matches the identifier ${JSON.stringify(id)} given in the path.`, code: "10005" } };
  }
  const quoted = file.filename.replace(/["\\\r\n]/g, "_");
  return {
    status: 200,
    body: file.bytes,
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${quoted}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "content-length": String(file.bytes.length),
    },
  };
}

/** What uses the document: a porting order's LOA or invoice, or a porting order's additional document. */
function userOf(document: Json, view: StateView): Json | undefined {
  const id = ownValue(document, "id");
  const order = view.all("portingOrder").find((candidate) => {
    const documents = ownValue(candidate, "documents");
    return ownValue(documents, "loa") === id || ownValue(documents, "invoice") === id;
  });
  if (order) return order;
  const additional = view.all("portingAdditionalDocument").find((candidate) => ownValue(candidate, "document_id") === id);
  return additional ? view.get("portingOrder", scalarText(ownValue(additional, "porting_order_id")) ?? "") : undefined;
}

/**
 * A document is scanned and verified within a minute, and "used within 30 minutes or deleted
 * automatically" (Telnyx's compliance guide): one no porting order uses by then is gone.
 */
export const DOCUMENT_LIFECYCLE: Transition[] = [
  { after: 30, set: { status: "verified", av_scan_status: "scanned" } },
  { after: 1800, set: {}, expires: (document, view) => userOf(document, view) === undefined },
];

/** A document used by a porting order cannot be deleted until it is unlinked (Telnyx's compliance guide). */
export function refuseDocumentDelete(document: Json, view: StateView): Refusal | undefined {
  const id = ownValue(document, "id");
  const user = userOf(document, view);
  if (!user) return undefined;
  return { status: 422, title: "Document in use", detail: `Document ${String(id)} is linked to porting order ${String(ownValue(user, "id"))}; unlink it before deleting it.`, code: "10015" };
}
