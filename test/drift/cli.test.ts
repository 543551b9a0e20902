// `npm run drift` as a user runs it: exact reports against the fixture provider specs, the
// allowlist, and every kind of bad input answered with exit 2 and file:line:col, never a stack.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { repoRoot } from "../support/spec.js";

const CLI = "commands/drift.ts";
const fixtures = "test/fixtures/drift";
const base = ["--provider", "telnyx", "--root", fixtures];
const expected = (name: string) => readFileSync(path.join(repoRoot, fixtures, "expected", name), "utf8");
const drift = (...args: string[]) => runCli(CLI, [...base, ...args]);

/** Writes a published document into a scratch folder and returns its path. */
function scratchPublished(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "drift-")), name);
  writeFileSync(file, text);
  return file;
}

describe("drift report", () => {
  it("lists every kind of difference, exactly, in text and JSON, and exits 1", async () => {
    const text = await drift("--published", `${fixtures}/published.yaml`);
    expect(text.stderr).toBe("");
    expect(text.stdout).toBe(expected("published.txt"));
    expect(text.code).toBe(1);
    const json = await drift("--published", `${fixtures}/published.yaml`, "--format", "json");
    expect(json.stdout).toBe(expected("published.json"));
    expect(json.code).toBe(1);
  });

  it("reports nothing for a published spec that only refactors ours (allOf, $ref, readOnly, 3.1, other wording) and exits 0", async () => {
    const result = await drift("--published", `${fixtures}/published-refactor.json`, "--format", "json");
    expect(result.stdout).toBe(expected("refactor.json"));
    expect(JSON.parse(result.stdout).compared).toBe(4);
    expect(result.code).toBe(0);
  });

  it("moves allowlisted differences to 'allowed' with their reason, in Markdown, and notes entries that matched nothing", async () => {
    const result = await drift("--published", `${fixtures}/published.yaml`, "--allow", `${fixtures}/allow.yaml`, "--format", "markdown");
    expect(result.stdout).toBe(expected("allowed.md"));
    expect(result.stderr).toBe(`${fixtures}/allow.yaml:12:3: note: allow entry request-content-type-only-published for GET /widgets matched no difference\n`);
    expect(result.code).toBe(1);
  });

  it("exits 0 when every difference is allowed", async () => {
    const report = JSON.parse(expected("published.json")) as { differences: Array<{ id: string; operation: string; at: string }> };
    const entries = report.differences.map((d) => `- id: ${d.id}\n  operation: ${JSON.stringify(d.operation)}\n${d.at ? `  location: ${JSON.stringify(d.at)}\n` : ""}  reason: kept on purpose in this test.\n`);
    const allow = scratchPublished("allow.yaml", entries.join(""));
    const result = await drift("--published", `${fixtures}/published.yaml`, "--allow", allow, "--format", "json");
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { differences: unknown[]; allowed: unknown[]; failed: boolean };
    expect(body.differences).toEqual([]);
    expect(body.allowed).toHaveLength(report.differences.length);
    expect(body.failed).toBe(false);
  });

});

describe("drift usage and bad input", () => {
  it("refuses an allowlist entry without a reason with file:line:col, before comparing anything", async () => {
    const result = await drift("--published", `${fixtures}/published.yaml`, "--allow", `${fixtures}/allow-no-reason.yaml`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${fixtures}/allow-no-reason.yaml:4:3: error [drift/allow-file] entry 2 has no reason; say why we differ from the published spec\nAllowlist refused: 1 problem(s); nothing compared.\n`,
    );
  });

  it("refuses an allowlist entry with an unknown drift id or key", async () => {
    const allow = scratchPublished("allow.yaml", "- id: field-gone\n  operation: GET /widgets\n  reason: x\n  why: y\n");
    const result = await drift("--published", `${fixtures}/published.yaml`, "--allow", allow);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${allow}:1:7: error [drift/allow-file] entry 1: unknown drift id "field-gone"`);
    expect(result.stderr).toContain(`${allow}:4:3: error [drift/allow-file] entry 1: unknown key "why"`);
  });

  it("names an unreadable published file and the parse error's line:col (YAML and JSON)", async () => {
    const yaml = await drift("--published", `${fixtures}/broken.yaml`);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toBe(
      `${fixtures}/broken.yaml:5:3: error [drift/published-spec] not valid YAML: Flow map in block collection must be sufficiently indented and end with a }\nCannot compare: 1 problem(s).\n`,
    );
    const json = await drift("--published", `${fixtures}/broken.json`);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe(`${fixtures}/broken.json:4:18: error [drift/published-spec] not valid JSON: Expected property name or '}'\nCannot compare: 1 problem(s).\n`);
    const missing = await drift("--published", `${fixtures}/no-such-file.yaml`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${fixtures}/no-such-file.yaml: error [drift/published-spec] cannot read the published spec: ENOENT\nCannot compare: 1 problem(s).\n`);
  });

  it("refuses documents that are not OpenAPI 3.0/3.1 and YAML alias bombs, without a stack", async () => {
    const cases: Array<[string, string, string]> = [
      ["list.json", "[1, 2]", "the published spec is not an OpenAPI document"],
      ["swagger.yaml", "swagger: '2.0'\npaths: {}\n", 'must be OpenAPI 3.0 or 3.1 (openapi: null)'],
      ["nopaths.yaml", "openapi: 3.0.0\n", "the published spec has no paths"],
      ["bomb.yaml", `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i === 0 ? "*a" : `*b${i - 1}`).join(", ")}]`).join("\n")}\nopenapi: 3.0.0\npaths: {}\n`, "not valid YAML"],
    ];
    for (const [name, text, message] of cases) {
      const file = scratchPublished(name, text);
      const result = await drift("--published", file);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain(`${file}`);
      expect(result.stderr, name).toContain(message);
      expect(result.stderr, name).not.toMatch(/\n\s+at /);
    }
  });

  it("names the operation when a published $ref cannot be resolved (loop, other file, nowhere)", async () => {
    const refs = ["#/components/schemas/A", "other.yaml#/components/schemas/A", "#/components/schemas/Nowhere"];
    for (const ref of refs) {
      const doc = {
        openapi: "3.0.3",
        paths: { "/v2/widgets/{id}": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: ref } } } } } } } },
        components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } } },
      };
      const file = scratchPublished("refs.json", JSON.stringify(doc));
      const result = await drift("--published", file);
      expect(result.code, ref).toBe(2);
      expect(result.stderr, ref).toMatch(new RegExp(`^${file}: error \\[drift/published-spec\\] GET /v2/widgets/\\{id\\}: \\$ref `));
      expect(result.stderr, ref).not.toMatch(/\n\s+at /);
    }
  });

  it("reads a JSON file that starts with a byte-order mark", async () => {
    const doc = readFileSync(path.join(repoRoot, fixtures, "published-refactor.json"), "utf8");
    const result = await drift("--published", scratchPublished("bom.json", `\uFEFF${doc}`));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("names a published path item whose $ref cannot be resolved", async () => {
    const file = scratchPublished("item.json", JSON.stringify({ openapi: "3.0.0", paths: { "/v2/widgets": { $ref: "other.yaml#/paths/widgets" } } }));
    const result = await drift("--published", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}: error [drift/published-spec] path /v2/widgets: $ref other.yaml#/paths/widgets points outside the document\nCannot compare: 1 problem(s).\n`);
  });

  it("says where it looked when --root has no curated spec", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "drift-root-"));
    const result = await runCli(CLI, ["--provider", "telnyx", "--root", root, "--published", `${fixtures}/published.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`No curated spec for telnyx at ${path.join(root, "specs/telnyx/openapi.yaml")}; --root must be the repository root.\n`);
  });

  it("refuses, naming the operation, schemas nested so deep or so wide that comparing them would exhaust the stack or take forever", async () => {
    const deep = (n: number, open: string, leaf: string, close: string) => `${open.repeat(n)}${leaf}${close.repeat(n)}`;
    const allOfParts = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`P${i}`, { allOf: [{ $ref: `#/components/schemas/P${i + 1}` }, { $ref: `#/components/schemas/P${i + 1}` }] }]));
    const cases: Array<[string, string, string]> = [
      ["allOf 20000 levels deep", deep(20000, '{"allOf":[', '{"type":"object"}', "]}"), "{}"],
      ["allOf including itself", '{"$ref":"#/components/schemas/Loop"}', JSON.stringify({ Loop: { allOf: [{ $ref: "#/components/schemas/Loop" }, { type: "object" }] } })],
      ["allOf doubling at every level", '{"$ref":"#/components/schemas/P0"}', JSON.stringify({ ...allOfParts(40), P40: { type: "object" } })],
      ["oneOf 20000 levels deep", `{"oneOf":[${deep(20000, '{"oneOf":[', '{"type":"object"}', "]}")},{"type":"string"}]}`, "{}"],
    ];
    for (const [name, schema, components] of cases) {
      const doc = `{"openapi":"3.0.3","paths":{"/v2/widgets/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":${schema}}}}}}}},"components":{"schemas":${components}}}`;
      const file = scratchPublished("deep.json", doc);
      const result = await drift("--published", file);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(new RegExp(`^${file}: error \\[drift/published-spec\\] GET /v2/widgets/\\{id\\}: (allOf nested more than|schemas nested too deeply)`));
    }
  });

  it("compares a published schema that contains itself through a YAML alias, and ends", async () => {
    const yaml = [
      "openapi: 3.0.3",
      "paths:",
      "  /v2/widgets/{id}:",
      "    get:",
      "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: &node {type: object, properties: {self: *node, name: {type: string}}}",
      "",
    ].join("\n");
    const result = await drift("--published", scratchPublished("alias.yaml", yaml));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("GET /widgets/{widgetId}, response 200.self: field in the published spec only\n");
  });

  it("prints usage for --help (exit 0) and usage errors with exit 2", async () => {
    const help = await runCli(CLI, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run drift -- \[options\]/);
    expect(help.stdout).toContain("--published <file>");
    const cases: Array<[string[], string]> = [
      [["--provider", "telnyx"], "--published is required"],
      [["--published", "x.yaml"], "--provider is required"],
      [["--provider", "nobody", "--published", "x.yaml"], "Unknown provider: nobody"],
      [[...base, "--published", `${fixtures}/published.yaml`, "--format", "html"], '--format must be text, markdown or json, not "html"'],
      [["--bogus"], "Unknown option '--bogus'"],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(CLI, args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toContain(message);
    }
  });
});
