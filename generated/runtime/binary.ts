// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Binary payloads: multipart uploads built from plain objects, and downloads returned as File
// (a Blob with a name) so callers get bytes, content type and filename together.

/** What an upload field accepts: a Blob or File, or raw bytes (Uint8Array, including Node's Buffer). */
export type Uploadable = Blob | Uint8Array;

/**
 * Turns a body object into multipart/form-data: files and bytes become file parts, arrays become
 * repeated parts, objects are sent as JSON text, everything else as its string form.
 */
export function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  const append = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) append(key, item);
    } else if (value instanceof Blob) {
      form.append(key, value, (value as Partial<File>).name ?? key);
    } else if (value instanceof Uint8Array) {
      form.append(key, new Blob([value as Uint8Array<ArrayBuffer>]), key);
    } else if (typeof value === "object") {
      form.append(key, JSON.stringify(value));
    } else {
      form.append(key, String(value));
    }
  };
  for (const [key, value] of Object.entries(body)) append(key, value);
  return form;
}

/** The filename of a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function filenameFrom(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)?''([^;]+)/.exec(contentDisposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return extended.trim();
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(contentDisposition)?.[1]?.trim();
}

/** Wraps downloaded bytes as a File carrying the response's content type and filename. */
export function toFile(blob: Blob, response: Response, fallbackName: string): File {
  const type = response.headers.get("content-type") ?? blob.type;
  const name = filenameFrom(response.headers.get("content-disposition")) ?? fallbackName;
  return new File([blob], name, { type });
}
