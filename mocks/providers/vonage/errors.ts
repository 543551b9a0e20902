// How Vonage's 10DLC API writes an error: an RFC 7807-style body whose `type` ends in a slug
// naming the kind of data that was wrong, and one `detail` string.
import { randomUUID } from "../../state/ids.js";
import type { Refusal } from "../../state/resource-def.js";
import type { MockErrorKind, MockProblem } from "../types.js";

/** Vonage's 10DLC error slugs for invalid input, by the resource the path addresses. */
function slug(kind: MockErrorKind, path: string): string {
  if (kind === "invalid-json") return "invalid-json";
  if (kind === "unauthorized") return "unauthorized";
  if (kind === "not-found" || kind === "method-not-allowed") return "not-found";
  if (/\/numbers/.test(path)) return "invalid-number-data";
  if (/\/usecases\//.test(path)) return "invalid-usecase-data";
  if (/\/vetting/.test(path)) return "invalid-vetting-data";
  if (/\/campaigns/.test(path)) return "invalid-campaign-data";
  return "brand-parameters";
}

export function vonageErrorBody(kind: MockErrorKind, _status: number, problems: MockProblem[], path: string): unknown {
  return {
    type: `https://developer.vonage.com/api-errors/10dlc#${problems[0]?.code ?? slug(kind, path)}`,
    title: problems[0]?.title ?? "Request failed",
    // Vonage's body has one detail string: list every problem in it, with where it was found.
    detail: problems.map((p) => (p.pointer || p.parameter ? `${p.pointer ?? p.parameter}: ${p.detail}` : p.detail)).join("; "),
    instance: randomUUID(),
  };
}

/** A refusal by one of Vonage's rules (`numbers-already-linked`...), in Vonage's body; `code` is the slug. */
export function vonageRefusalBody(refusal: Refusal): unknown {
  // A deleted brand's 502 is not a 10DLC error: Vonage's reference gives it the general type.
  if (refusal.status === 502) return { type: "https://developer.vonage.com/api-errors#bad-gateway", title: refusal.title, detail: refusal.detail, instance: randomUUID() };
  const kind: MockErrorKind = refusal.status === 404 ? "not-found" : "validation";
  return vonageErrorBody(kind, refusal.status, [{ ...refusal, code: refusal.code ?? (kind === "not-found" ? "not-found" : "invalid-campaign-data") }], "");
}
