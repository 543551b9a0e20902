// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Binary payloads: multipart uploads built from plain objects, and downloads returned as File
// (a Blob with a name) so callers get bytes, content type and filename together. Generated code
// passes `multipartBody`, `jsonOrMultipartBody` and `fileResponse` to the transport only for the
// operations that need them, so an app that uploads and downloads nothing does not bundle this.
import type { BodyEncoder, EncodedBody, ResponseReader } from "./transport.js";

/**
 * What an upload field accepts: a Blob or File, raw bytes (Uint8Array, including Node's Buffer),
 * or a stream (a web ReadableStream or a Node readable such as fs.createReadStream()).
 */
export type Uploadable = Blob | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A web ReadableStream or a Node readable: it can be read once only. */
function isStream(value: unknown): value is ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
  if (typeof value !== "object" || value === null || value instanceof Blob || value instanceof Uint8Array)
    return false;
  return (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) ||
    Symbol.asyncIterator in value;
}

/** True when the body holds a one-shot stream anywhere at its top level. */
export function isStreaming(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  return Object.values(body).some((value) => (Array.isArray(value) ? value.some(isStream) : isStream(value)));
}

/** True when a top-level field of the body is file content (Blob, bytes or stream, or an array of them). */
export function holdsFile(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const isFile = (value: unknown) => value instanceof Blob || value instanceof Uint8Array || isStream(value);
  return Object.values(body).some((value) => (Array.isArray(value) ? value.some(isFile) : isFile(value)));
}

/** Reads a stream to the end; the parts of a multipart body need their length up front. */
async function streamToBlob(stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  const iterable: AsyncIterable<Uint8Array> = Symbol.asyncIterator in stream
    ? stream
    : (stream as unknown as AsyncIterable<Uint8Array>);
  for await (const chunk of iterable)
    chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  return new Blob(chunks as Uint8Array<ArrayBuffer>[]);
}

/** The file name a Node file stream carries (`fs.createReadStream(path).path`). */
function streamName(stream: unknown, fallback: string): string {
  const path = (stream as { path?: unknown }).path;
  return typeof path === "string" ? (path.split(/[\\/]/).pop() ?? fallback) : fallback;
}

/**
 * Turns a body object into multipart/form-data: files, bytes and streams become file parts,
 * arrays become repeated parts, objects are sent as JSON text, everything else as its string form.
 */
export async function toFormData(body: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  const append = async (key: string, value: unknown): Promise<void> => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) await append(key, item);
    } else if (isStream(value)) {
      form.append(key, await streamToBlob(value), streamName(value, key));
    } else if (value instanceof Blob) {
      // A Blob without a name goes without one (FormData calls it "blob"): naming it after the
      // field would pass "file" off as the user's filename, and servers fall back to their own.
      const name = (value as Partial<File>).name;
      if (name === undefined) form.append(key, value);
      else form.append(key, value, name);
    } else if (value instanceof Uint8Array) {
      form.append(key, new Blob([value as Uint8Array<ArrayBuffer>]), key);
    } else if (typeof value === "object") {
      form.append(key, JSON.stringify(value));
    } else {
      form.append(key, String(value));
    }
  };
  for (const [key, value] of Object.entries(body)) await append(key, value);
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

/** Encodes a multipart/form-data operation's body; one holding a one-shot stream is sent once only. */
export const multipartBody: BodyEncoder = async (body: unknown): Promise<EncodedBody> => ({
  body: await toFormData(body as Record<string, unknown>),
  once: isStreaming(body),
});

/** For operations accepting JSON or multipart: multipart exactly when the body holds a file. */
export const jsonOrMultipartBody: BodyEncoder = (
  body: unknown,
) => (holdsFile(body) ? multipartBody(body) : Promise.resolve(undefined));

/** Reads a download as a File named by Content-Disposition, else by the last segment of the URL. */
export const fileResponse: ResponseReader = async (response: Response): Promise<File> => {
  const fallbackName = decodeURIComponent(
    new URL(response.url || "http://x/download").pathname.split("/").pop() || "download",
  );
  return toFile(await response.blob(), response, fallbackName);
};
