// Telnyx documents as a frontend lives them: what is uploaded (multipart or base64 JSON) is kept
// byte for byte with its content type and filename, the record describes it (size, SHA-256), a
// download returns exactly those bytes, a nameless upload gets the documented fallback name, and
// a document a porting order uses cannot be deleted.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTelnyxClient, NotFoundError, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { type Scenario, useScenario } from "./support.js";

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, fetch: started.checker.fetch, maxRetries: 0 });
});

/** Bytes that survive no text decoding: every byte value, a CRLF boundary look-alike, a NUL. */
function binaryFile(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(600);
  for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7) % 256;
  bytes.set(new TextEncoder().encode("\r\n--boundary\r\n"), 100);
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe("Telnyx documents keep uploads", () => {
  it("multipart: a named PDF is kept byte for byte and downloaded as sent", async () => {
    const bytes = binaryFile();
    const uploaded = await telnyx.documents.uploadJson({ file: new File([bytes], "passport scan.pdf", { type: "application/pdf" }), customer_reference: "kyc-42" });
    expect(uploaded.data).toMatchObject({ filename: "passport scan.pdf", content_type: "application/pdf", size: { amount: 600, unit: "bytes" }, customer_reference: "kyc-42" });
    expect(uploaded.data?.sha256).toBe(sha256(bytes));
    const downloaded = await telnyx.documents.download(uploaded.data!.id!);
    expect(await bytesOf(downloaded)).toEqual(bytes);
    expect(downloaded.type).toBe("application/pdf");
    expect((downloaded as File).name).toBe("passport scan.pdf");
    expect((await telnyx.documents.retrieve(uploaded.data!.id!)).data?.filename).toBe("passport scan.pdf");
  });

  it("a Blob without a name gets the fallback name from its content type, not an example's", async () => {
    const uploaded = await telnyx.documents.uploadJson({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }) });
    // Not the spec example's name. (The generated client names a nameless Blob's part after its
    // field, "file", so the mock keeps that name; FormData's own default, "blob", means "no name".)
    expect(uploaded.data?.filename).not.toBe("passport-scan.pdf");
    const raw = new FormData();
    raw.append("file", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }));
    const direct = await fetch(`${scenario.mock.url}/documents`, { method: "POST", headers: { authorization: "Bearer test-key" }, body: raw });
    expect(direct.status).toBe(200);
    expect(((await direct.json()) as { data: { filename: string } }).data.filename).toBe("document.png");
  });

  it("JSON: base64 content is decoded and kept; the filename names its content type", async () => {
    const bytes = binaryFile();
    const uploaded = await telnyx.documents.uploadJson({ file: Buffer.from(bytes).toString("base64"), filename: "bill.pdf" });
    expect(uploaded.data).toMatchObject({ filename: "bill.pdf", content_type: "application/pdf", size: { amount: 600 } });
    const downloaded = await telnyx.documents.download(uploaded.data!.id!);
    expect(await bytesOf(downloaded)).toEqual(bytes);
    const bad = await telnyx.documents.uploadJson({ file: "not base64 at all!", filename: "x.pdf" }).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(UnprocessableEntityError);
    expect((bad as UnprocessableEntityError).details[0]?.pointer).toBe("/file");
  });

  it("a document nobody uses within 30 minutes is deleted automatically; one a porting order uses stays", async () => {
    const unused = await telnyx.documents.uploadJson({ file: btoa("forgotten"), filename: "forgotten.pdf" });
    const used = await telnyx.documents.uploadJson({ file: btoa("the LOA"), filename: "loa.pdf" });
    const order = (await telnyx.portingOrders.create({ phone_numbers: ["+13035550191"] })).data![0]!;
    await telnyx.portingOrders.update(order.id!, { documents: { loa: used.data!.id! } });
    await scenario.advance(60);
    expect((await telnyx.documents.retrieve(unused.data!.id!)).data).toMatchObject({ status: "verified", av_scan_status: "scanned" });
    await scenario.advance(1800);
    await expect(telnyx.documents.retrieve(unused.data!.id!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await telnyx.documents.retrieve(used.data!.id!)).data?.id).toBe(used.data!.id);
  });

  it("a document used as a porting order's LOA cannot be deleted; an unused one can", async () => {
    const loa = await telnyx.documents.uploadJson({ file: btoa("signed"), filename: "loa.pdf" });
    const order = (await telnyx.portingOrders.create({ phone_numbers: ["+13035550190"] })).data![0]!;
    await telnyx.portingOrders.update(order.id!, { documents: { loa: loa.data!.id! } });
    const refused = await telnyx.documents.delete(loa.data!.id!).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect((refused as Error).message).toContain(`linked to porting order ${order.id}`);
    const spare = await telnyx.documents.uploadJson({ file: btoa("spare"), filename: "spare.txt" });
    await telnyx.documents.delete(spare.data!.id!);
    await expect(telnyx.documents.download(spare.data!.id!)).rejects.toThrow(/404|not found/i);
  });
});
