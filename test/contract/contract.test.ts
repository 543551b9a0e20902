// Contract tests: every operation of each provider's spec, called through the generated client
// against the real mock server (started here), must return a schema-valid result; invalid input
// must fail with the typed error carrying the mock's violation details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as telnyxClient from "../../generated/telnyx/index.js";
import * as vonageClient from "../../generated/vonage/index.js";
import type { OperationModel } from "../../codegen/model.js";
import type { RunningMock } from "../../mocks/server.js";
import { exampleArgs, invalidCall, withFiles } from "../support/calls.js";
import { startMock } from "../support/mocks.js";
import { escapePointer, loadProvider, operationPointer, SchemaValidator } from "../support/spec.js";

type AnyClient = Record<string, unknown>;

const factories: Record<"telnyx" | "vonage", (baseUrl: string, withCredentials: boolean) => AnyClient> = {
  telnyx: (baseUrl, withCredentials) =>
    telnyxClient.createTelnyxClient({ baseUrl, ...(withCredentials ? { apiKey: "test-key" } : {}) }),
  vonage: (baseUrl, withCredentials) =>
    vonageClient.createVonageClient({
      baseUrl,
      ...(withCredentials ? { apiKey: "test-key", apiSecret: "test-secret" } : {}),
    }),
};

// Credentials from the environment would hide the missing-credential cases.
for (const name of ["TELNYX_API_KEY", "VONAGE_API_KEY", "VONAGE_API_SECRET"]) delete process.env[name];

function methodOf(client: AnyClient, op: OperationModel): (...args: unknown[]) => Promise<unknown> {
  const method = op.sdkPath.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client);
  if (typeof method !== "function") throw new Error(`The generated client has no method ${op.sdkName}`);
  return method as (...args: unknown[]) => Promise<unknown>;
}

for (const id of ["telnyx", "vonage"] as const) {
  const { spec, model } = await loadProvider(id);
  const validator = new SchemaValidator(spec.document);

  describe(`${id} contract`, () => {
    let mock: RunningMock;
    let client: AnyClient;

    beforeAll(async () => {
      mock = await startMock(id);
      client = factories[id](mock.url, true);
    });
    afterAll(() => mock.close());

    it("covers every operation of the spec", () => {
      expect(model.operations.length).toBeGreaterThan(0);
      for (const op of model.operations) expect(typeof methodOf(client, op)).toBe("function");
    });

    for (const op of model.operations) {
      it(`${op.sdkName} (${op.method} ${op.path}) returns a schema-valid result`, async () => {
        const result = await methodOf(client, op)(...exampleArgs(op));
        if (op.success.kind === "none") {
          expect(result).toBeUndefined();
          return;
        }
        expect(result).toBeDefined();
        if (op.success.kind === "binary") {
          // Downloads come back as a File carrying the response's content type.
          expect(result).toBeInstanceOf(File);
          expect((result as File).type).toContain(op.success.contentType!.split(";")[0]!.replace("*/*", ""));
        }
        if (op.success.kind === "json") {
          const pointer = `${operationPointer(op.path, op.method)}/responses/${op.success.status}/content/${escapePointer(op.success.contentType!)}/schema`;
          expect(validator.check(pointer, result)).toBeUndefined();
          // The mock answers with the spec's first example: the client must hand it over unchanged.
          expect(result).toEqual(op.success.example);
        }
      });

      const multipart = op.body?.multipart;
      if (multipart) {
        it(`${op.sdkName} also uploads as multipart/form-data when given a file`, async () => {
          const args = [...op.pathParams.map((p) => p.example), withFiles(structuredClone(multipart.example), multipart.binaryFields)];
          const result = await methodOf(client, op)(...args);
          const pointer = `${operationPointer(op.path, op.method)}/responses/${op.success.status}/content/${escapePointer(op.success.contentType!)}/schema`;
          expect(validator.check(pointer, result)).toBeUndefined();
        });
      }

      const invalid = invalidCall(op);
      if (invalid) {
        it(`${op.sdkName} rejects ${invalid.what} with UnprocessableEntityError`, async () => {
          const error = await methodOf(client, op)(...invalid.args).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(id === "telnyx" ? telnyxClient.UnprocessableEntityError : vonageClient.UnprocessableEntityError);
          const typed = error as telnyxClient.APIError;
          expect(typed.status).toBe(422);
          // The violation names the offending input, both in the header and in the provider's body.
          expect(JSON.stringify(typed.violations)).toContain(invalid.name);
          expect(typed.details.length).toBeGreaterThan(0);
          expect(typed.message).toContain(invalid.name);
        });
      }
    }

    it("throws AuthenticationError (401) without credentials", async () => {
      const anonymous = factories[id](mock.url, false);
      const op = model.operations[0]!;
      const error = await methodOf(anonymous, op)(...exampleArgs(op)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(id === "telnyx" ? telnyxClient.AuthenticationError : vonageClient.AuthenticationError);
      expect((error as telnyxClient.APIError).status).toBe(401);
      expect((error as telnyxClient.APIError).headers.get("www-authenticate")).toBeTruthy();
    });

    it("works with the provider's base path in the URL too", async () => {
      const prefixed = factories[id](`${mock.url}${mock.basePath}`, true);
      const op = model.operations.find((o) => o.method === "GET" && o.success.kind === "json")!;
      await expect(methodOf(prefixed, op)(...exampleArgs(op))).resolves.toEqual(op.success.example);
    });
  });
}
