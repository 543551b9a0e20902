// Provider declarations (specs/<id>/toolkit.yaml): our two providers are found from them, a
// third is found by adding a folder, and a hostile or broken declaration is refused with the
// file:line:col of the node at fault, never a stack trace and never code in the output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDeclaration } from "../../codegen/provider-declaration.js";
import { discoverProviders, providers, providersAt } from "../../codegen/providers.js";
import { SpecError } from "../../codegen/spec-error.js";
import { repoRoot } from "../support/spec.js";

const minimal = `name: Acme
client:
  factory: createAcmeClient
  variable: acme
auth:
  bearer:
    option: token
    env: ACME_TOKEN
    description: An Acme API token.
mock:
  port: 4100
  portEnv: ACME_MOCK_PORT
  errors: problem+json
`;

function problemsOf(source: string): string[] {
  try {
    parseDeclaration(source, "specs/acme/toolkit.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as SpecError).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
  }
  throw new Error("the declaration was accepted");
}

describe("provider declarations", () => {
  it("are where our providers come from, in id order, with their ports and error formats", () => {
    expect(providers.map((p) => [p.id, p.factory, p.mockPort, p.errorFormat, p.lint])).toEqual([
      ["telnyx", "createTelnyxClient", 4010, "telnyx", "strict"],
      ["vonage", "createVonageClient", 4011, "vonage", "strict"],
    ]);
    expect(discoverProviders(repoRoot)).toEqual(providers);
  });

  it("turn an extra webhook event's schema name into its type, in Telnyx's data envelope", () => {
    const telnyx = providers.find((p) => p.id === "telnyx")!;
    expect(telnyx.webhookSignature?.extraEvents).toEqual([
      expect.objectContaining({ name: "PortingWebhookEvent", type: '{ data: components["schemas"]["PortingEvent"] }' }),
    ]);
  });

  it("default the entry to openapi.yaml and the lint to standard", () => {
    const declared = parseDeclaration(minimal, "specs/acme/toolkit.yaml");
    expect(declared.entry).toBe("openapi.yaml");
    expect(declared.lint).toBe("standard");
  });

  describe("a third provider added as a folder", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "toolkit-declaration-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("is discovered beside the others; folders without a declaration or with odd names are not", () => {
      for (const id of ["acme", "zeta", "Not-An-Id", "no-declaration"]) mkdirSync(path.join(root, "specs", id), { recursive: true });
      writeFileSync(path.join(root, "specs/acme/toolkit.yaml"), minimal);
      writeFileSync(path.join(root, "specs/zeta/toolkit.yaml"), minimal.replace("Acme", "Zeta").replace("createAcmeClient", "createZetaClient"));
      writeFileSync(path.join(root, "specs/Not-An-Id/toolkit.yaml"), minimal);
      const found = discoverProviders(root);
      expect(found.map((p) => [p.id, p.entry, p.factory])).toEqual([
        ["acme", "specs/acme/openapi.yaml", "createAcmeClient"],
        ["zeta", "specs/zeta/openapi.yaml", "createZetaClient"],
      ]);
    });

    it("joins our own providers for the commands run in that folder (diff, changelog, docs, drift)", () => {
      expect(providersAt(root).map((p) => p.id)).toEqual(["acme", "telnyx", "vonage", "zeta"]);
    });

    it("with a broken declaration stops discovery with that file's problems", () => {
      writeFileSync(path.join(root, "specs/zeta/toolkit.yaml"), minimal.replace("port: 4100", "port: 99999"));
      expect(() => discoverProviders(root)).toThrow(/specs\/zeta\/toolkit\.yaml:11:9: .*mock\.port must be <= 65535/);
    });
  });

  it.each([
    ["an unknown key, at the key", minimal.replace("name: Acme", "name: Acme\nflavour: sour"), /:2:1 the declaration: unknown key "flavour"/],
    ["a missing section", minimal.replace(/mock:[\s\S]*$/, ""), /:1:1 the declaration needs "mock"/],
    ["code where an identifier goes", minimal.replace("createAcmeClient", '"x(); process.exit()"'), /:3:12 client\.factory must be a JavaScript identifier/],
    ["an entry outside the folder", `entry: ../../etc/passwd.yaml\n${minimal}`, /:1:8 entry must be a \.yaml, \.yml or \.json file inside the provider's folder/],
    ["an absolute entry", `entry: ${path.join(os.tmpdir(), "spec.yaml")}\n${minimal}`, /:1:8 entry must be a \.yaml/],
    ["a port that is not a number", minimal.replace("port: 4100", "port: .inf"), /:11:9 mock\.port must be integer/],
    ["an unknown error format", minimal.replace("problem+json", "xml"), /:13:11 mock\.errors must be one of "telnyx", "vonage", "problem\+json"/],
    ["a lower-case environment variable", minimal.replace("ACME_TOKEN", "acme_token"), /:8:10 auth\.bearer\.env must be an environment variable name/],
    ["a __proto__ key", minimal.replace("auth:", "auth:\n  __proto__:\n    polluted: true"), /unknown key "__proto__"/],
    ["a duplicate key", `${minimal}name: Other\n`, /:14:1 Map keys must be unique/],
    ["YAML aliases", `${minimal}lint: &a strict\n`.replace("name: Acme", "name: *a"), /cannot use YAML aliases|unknown alias|must be string/],
    ["not a mapping", "- just\n- a list\n", /:1:1 the declaration must be object/],
  ])("refuse %s with file:line:col", (_, source, expected) => {
    const problems = problemsOf(source);
    expect(problems.join("\n")).toMatch(expected);
    for (const problem of problems) expect(problem).toMatch(/^specs\/acme\/toolkit\.yaml:\d+:\d+ /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
