// Hostile specs (test/fixtures/hostile/): `npm run generate` must answer every one with exit 1,
// `file:line:col`, the rule and the cause, and leave generated/ byte-identical, or, where the spec
// is valid however odd, generate output that type-checks. Never a crash or a stack trace.
import { readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashTree } from "../support/cli.js";
import {
  caseFiles,
  columnOf,
  generateVonage,
  lineOf,
  rootWithVonageSpec,
  specWithManyProblems,
  specWithManySchemas,
  specWithNesting,
  typeCheckGenerated,
} from "./hostile-support.js";

interface Refused {
  name: string;
  /** What must be reported: in which file, at the line and column where `at` starts, which rule, what text. */
  expected: Array<{ file: string; at: string; rule: string; message: RegExp }>;
}

const refused: Refused[] = [
  {
    name: "webhook-name-collision",
    expected: [{ file: "openapi.yaml", at: "fax_delivered:", rule: "toolkit/webhook-names", message: /"fax_delivered" and webhook "fax\.delivered" would both be named FaxDeliveredWebhook/ }],
  },
  {
    name: "reserved-namespace-raw",
    expected: [{ file: "things.yaml", at: "raw.list", rule: "toolkit/sdk-name", message: /starts with "raw", which the generated client already uses/ }],
  },
  {
    name: "reserved-namespace-webhooks",
    expected: [{ file: "things.yaml", at: "webhooks.things.list", rule: "toolkit/sdk-name", message: /starts with "webhooks"/ }],
  },
  {
    name: "prototype-property-bad-example",
    expected: [{ file: "things.yaml", at: "42", rule: "toolkit/no-invalid-media-type-examples", message: /`constructor` property type must be string/ }],
  },
  {
    name: "pagination-unknown-fields",
    expected: [
      { file: "things.yaml", at: "recordz", rule: "toolkit/pagination", message: /x-pagination\.items "recordz": the response has no field "recordz"/ },
      { file: "things.yaml", at: "page_size", rule: "toolkit/pagination", message: /sizeParam "page_size": the operation has no query parameter "page_size"/ },
    ],
  },
  {
    name: "duplicate-component-name",
    expected: [{ file: "others.yaml", at: "Thing:", rule: "toolkit/unique-components", message: /components\/schemas\/Thing is also defined at \S*things\.yaml:\d+:5/ }],
  },
  {
    name: "alias-cycle",
    expected: [{ file: "things.yaml", at: "'#/components/schemas/Beta'", rule: "toolkit/alias-cycle", message: /Alpha → Beta → Alpha only refer to each other/ }],
  },
  {
    name: "ref-outside-spec-folder",
    expected: [{ file: "things.yaml", at: "'../../../../../../etc/passwd'", rule: "ref-outside-spec", message: /"\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" points outside the spec folder .*; it was not read/ }],
  },
  {
    name: "sdk-name-method-and-namespace",
    expected: [{ file: "things.yaml", at: "things.list", rule: "toolkit/sdk-name", message: /"things\.list" is also the namespace of "things\.list\.all"/ }],
  },
  {
    name: "prototype-component-name",
    expected: [{ file: "things.yaml", at: "constructor:", rule: "toolkit/component-names", message: /components\/schemas\/constructor: "constructor" is a JavaScript object member name/ }],
  },
  {
    name: "external-value-url",
    expected: [{ file: "things.yaml", at: "'http://169.254.169.254/latest/meta-data/'", rule: "ref-outside-spec", message: /is a URL; specs are built from local files only \(nothing is fetched\)/ }],
  },
  {
    name: "yaml-alias-bomb",
    // The 101st alias is the first one on the line of l12.
    expected: [{ file: "things.yaml", at: "*l11", rule: "yaml-aliases", message: /more than 100 YAML aliases in one file/ }],
  },
  {
    name: "yaml-alias-doubling",
    // 56 aliases (under the count limit), each level twice the one before: about 2^31 values once
    // expanded, which made Redocly's walk run out of memory. Refused at the alias that adds the most.
    expected: [{ file: "things.yaml", at: "*d28", rule: "yaml-aliases", message: /aliases of this file add 2,147,483,528 values once expanded \(at most 100,000\)/ }],
  },
];

describe("hostile specs that must be refused", () => {
  for (const { name, expected } of refused) {
    it.concurrent(`${name}: exit 1, file:line:col with rule and cause, generated/ untouched`, async () => {
      const files = caseFiles(name);
      const root = rootWithVonageSpec(files);
      const before = hashTree(path.join(root, "generated"));

      const result = await generateVonage(root);

      expect(result.code).toBe(1);
      for (const problem of expected) {
        const text = files.get(problem.file)!;
        const where = `specs/vonage/${problem.file}:${lineOf(text, problem.at)}:${columnOf(text, problem.at)}`;
        expect(result.stderr).toMatch(new RegExp(`${escape(where)}: error \\[${escape(problem.rule)}\\] [^\\n]*${problem.message.source}`));
      }
      expect(result.stderr).toContain("generated/ was not modified");
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stderr).not.toContain("root:x:0:0");
      expect(hashTree(path.join(root, "generated"))).toBe(before);
    });
  }
});

describe("a $ref through a symbolic link", () => {
  it.concurrent("a link inside the spec folder to a file outside it is refused, unread", async () => {
    const files = caseFiles("base");
    const things = files.get("things.yaml")!.replace("$ref: '#/components/schemas/Thing'\n", "$ref: './leak.yaml'\n");
    const root = rootWithVonageSpec(new Map([...files, ["things.yaml", things]]));
    symlinkSync("/etc/passwd", path.join(root, "specs/vonage/leak.yaml"));
    const before = hashTree(path.join(root, "generated"));
    const result = await generateVonage(root);
    expect(result.code).toBe(1);
    const where = `specs/vonage/things.yaml:${lineOf(things, "'./leak.yaml'")}:${columnOf(things, "'./leak.yaml'")}`;
    expect(result.stderr).toContain(`${where}: error [ref-outside-spec] "./leak.yaml" points outside the spec folder`);
    expect(result.stderr).not.toContain("root:x:0:0");
    expect(hashTree(path.join(root, "generated"))).toBe(before);
  });
});

describe("odd but valid specs generate code that type-checks", () => {
  it.concurrent("webhook names with dots, dashes and a leading digit become PascalCase types", async () => {
    const root = rootWithVonageSpec(caseFiles("dotted-webhook-names"));
    const result = await generateVonage(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const client = readFileSync(path.join(root, "generated/vonage/client.ts"), "utf8");
    for (const type of ["FaxDeliveredWebhook", "FaxFailedWebhook", "_10dlcBrandUpdatedWebhook"]) expect(client).toContain(`export type ${type} =`);
    expect(client).toContain('webhooks["fax.delivered"]');
    expect(typeCheckGenerated(root)).toEqual([]);
  });

  it.concurrent("schema properties named constructor, __proto__, toString, hasOwnProperty", async () => {
    const root = rootWithVonageSpec(caseFiles("prototype-property-names"));
    const result = await generateVonage(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const types = readFileSync(path.join(root, "generated/vonage/types.ts"), "utf8");
    for (const field of ["constructor: string;", "__proto__?: string;", "toString?: string;", "hasOwnProperty?: number;"]) expect(types).toContain(field);
    expect(typeCheckGenerated(root)).toEqual([]);
  });

  it.concurrent("path parameters named class and default, a query parameter named 2nd-opinion", async () => {
    const root = rootWithVonageSpec(caseFiles("reserved-word-parameters"));
    const result = await generateVonage(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // The facade's method (client.ts) and the operation's function (functions.ts) both take them renamed.
    const client = readFileSync(path.join(root, "generated/vonage/client.ts"), "utf8");
    const functions = readFileSync(path.join(root, "generated/vonage/functions.ts"), "utf8");
    expect(client).toMatch(/retrieve: \(\s*class_: ThingsRetrievePathParams\["class"\],\s*default_: ThingsRetrievePathParams\["default"\]/);
    expect(functions).toContain('path: { class: class_, default: default_ }');
    expect(typeCheckGenerated(root)).toEqual([]);
  });
});

describe("size", () => {
  it("a spec with 2,000 schemas referenced from one property generates, and the output type-checks", async () => {
    const root = rootWithVonageSpec(specWithManySchemas(2000));
    const started = performance.now();
    const result = await generateVonage(root);
    console.log(`2,000-schema spec generated in ${Math.round(performance.now() - started)} ms`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const types = readFileSync(path.join(root, "generated/vonage/types.ts"), "utf8");
    expect(types).toContain("Variant1999: {");
    expect(typeCheckGenerated(root)).toEqual([]);
  });

  it("a spec with 3,000 lint problems lists every one at its own line and column", async () => {
    const files = specWithManyProblems(3000);
    const root = rootWithVonageSpec(files);
    const before = hashTree(path.join(root, "generated"));
    const started = performance.now();
    const result = await generateVonage(root);
    console.log(`3,000 problems reported in ${Math.round(performance.now() - started)} ms`);

    expect(result.code).toBe(1);
    const reported = result.stderr.match(/things\.yaml:\d+:\d+: error \[toolkit\/no-invalid-media-type-examples\]/g) ?? [];
    expect(reported).toHaveLength(3000);
    expect(result.stderr).toContain("Generation stopped: 3000 problem(s); generated/ was not modified.");
    const things = files.get("things.yaml")!;
    for (const i of [0, 1, 1234, 2999]) {
      const at = `name: ${i}\n`;
      const line = lineOf(things, `                    name: ${i}`);
      expect(things.split("\n")[line - 1]!.trim()).toBe(at.trim());
      // The problem points at the value of `name`, on its own line, and quotes that line.
      expect(result.stderr).toContain(`things.yaml:${line}:27: error [toolkit/no-invalid-media-type-examples] Example value must conform to the schema: \`name\` property type must be string.\n    ${line} | name: ${i}\n`);
    }
    expect(hashTree(path.join(root, "generated"))).toBe(before);
  });
});

describe("depth", () => {
  it.concurrent("a schema nested 30 objects deep generates, and the output type-checks", async () => {
    const root = rootWithVonageSpec(specWithNesting(30));
    const result = await generateVonage(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(root, "generated/vonage/types.ts"), "utf8")).toContain("leaf?: string;");
    expect(typeCheckGenerated(root)).toEqual([]);
  });

  it.concurrent("a schema nested 400 objects deep is refused at the line and column where YAML nesting exceeds the parser's limit", async () => {
    const files = specWithNesting(400);
    const root = rootWithVonageSpec(files);
    const before = hashTree(path.join(root, "generated"));
    const result = await generateVonage(root);
    expect(result.code).toBe(1);
    const match = /things\.yaml:(\d+):(\d+): error \[yaml-syntax\] Failed to parse: nesting exceeded maxDepth/.exec(result.stderr);
    expect(match, result.stderr).not.toBeNull();
    const [line, column] = [Number(match![1]), Number(match![2])];
    const text = files.get("things.yaml")!.split("\n");
    // Inside the nested block, and the excerpt is that line.
    expect(line).toBeGreaterThan(lineOf(files.get("things.yaml")!, "        n0:"));
    expect(column).toBeGreaterThan(100);
    expect(result.stderr).toContain(`    ${line} | ${text[line - 1]!.trim()}\n`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(path.join(root, "generated"))).toBe(before);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
