// Reads a multipart/form-data body (RFC 7578) from its bytes, so an uploaded file is kept byte
// for byte: parts are cut at the boundary on the raw bytes, never decoded as text, and only the
// part headers are read as text. Browser-safe (Uint8Array and TextDecoder only).

export interface FormPart {
  name: string;
  /** The filename the part was sent with, if any (`filename*` wins over `filename`). */
  filename?: string;
  /** The part's Content-Type, if it has one. */
  contentType?: string;
  bytes: Uint8Array;
}

/** The boundary of a multipart/form-data Content-Type, or undefined for another media type. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType.trim())) return undefined;
  const found = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return found ? (found[1] ?? found[2]) : undefined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const CRLF_CRLF = new Uint8Array([13, 10, 13, 10]);

function headerParam(disposition: string, name: string): string | undefined {
  const extended = new RegExp(`;\\s*${name}\\*\\s*=\\s*(?:UTF-8|utf-8)?''([^;]+)`).exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed extended value: fall back to the plain parameter.
    }
  }
  const plain = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`).exec(disposition);
  if (!plain) return undefined;
  return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, "$1") : plain[2]!.trim();
}

/** The parts of the body; an empty list when it is not multipart or has no complete part. */
export function parseMultipart(raw: Uint8Array, contentType: string | undefined): FormPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) return [];
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const decoder = new TextDecoder();
  const parts: FormPart[] = [];
  let at = indexOf(raw, delimiter, 0);
  while (at !== -1) {
    const headerStart = at + delimiter.length;
    // "--" after the delimiter closes the body.
    if (raw[headerStart] === 45 && raw[headerStart + 1] === 45) break;
    const headerEnd = indexOf(raw, CRLF_CRLF, headerStart);
    if (headerEnd === -1) break;
    const next = indexOf(raw, encoder.encode(`\r\n--${boundary}`), headerEnd + 4);
    if (next === -1) break;
    const headers = decoder.decode(raw.subarray(headerStart, headerEnd)).split("\r\n").filter(Boolean);
    const header = (name: string) => headers.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
    const disposition = header("content-disposition") ?? "";
    const name = headerParam(disposition, "name");
    if (name !== undefined) {
      const filename = headerParam(disposition, "filename");
      const partType = header("content-type");
      parts.push({ name, ...(filename !== undefined ? { filename } : {}), ...(partType ? { contentType: partType } : {}), bytes: raw.slice(headerEnd + 4, next) });
    }
    at = next + 2;
  }
  return parts;
}
