// What an editor shows when hovering a generated client method: the JSDoc must carry the spec's
// parameter descriptions, its deprecations, a link that lands on the operation's section of the
// guide, and the guide's own example. Checked against the bundled spec (openapi.json) and the
// guides as written to disk, reading the client with TypeScript's parser.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { blockComment } from "../codegen/emit/jsdoc.js";
import { repoRoot } from "./support/spec.js";

interface SpecOperation {
  operationId: string;
  deprecated: boolean;
  pathParams: Array<{ name: string; description: string }>;
  bodyDescription: string | undefined;
}

interface ClientMethod {
  operationId: string;
  tags: Map<string, string[]>;
  /** Names of the named types the method's signature and result use. */
  typeNames: string[];
}

type Json = Record<string, unknown> & { $ref?: string };

/** Every operation of the bundled spec with what its JSDoc must show. */
function specOperations(providerId: string): SpecOperation[] {
  const doc = JSON.parse(readFileSync(path.join(repoRoot, "generated", providerId, "openapi.json"), "utf8")) as Json;
  const resolve = (node: Json): Json =>
    node.$ref ? resolve(node.$ref.slice(2).split("/").reduce<Json>((at, key) => at[key] as Json, doc)) : node;
  const operations: SpecOperation[] = [];
  for (const item of Object.values(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const params = [...((item.parameters as unknown as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map(resolve);
      const content = op.requestBody ? Object.values(resolve(op.requestBody as Json).content as Record<string, Json>)[0] : undefined;
      const bodySchema = content?.schema ? resolve(content.schema as Json) : undefined;
      operations.push({
        operationId: op.operationId as string,
        deprecated: op.deprecated === true,
        pathParams: params
          .filter((p) => p.in === "path")
          .map((p) => ({ name: p.name as string, description: String(p.description ?? "").replace(/\s+/g, " ").trim() })),
        bodyDescription: op.requestBody
          ? String(resolve(op.requestBody as Json).description ?? bodySchema?.description ?? "").replace(/\s+/g, " ").trim()
          : undefined,
      });
    }
  }
  return operations;
}

/** A tag's text as a reader sees it (`\@` is how JSDoc text writes an `@` that starts no tag). */
function tagText(tag: ts.JSDocTag): string {
  const raw = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
  const comment = raw.replaceAll("\\@", "@");
  return ts.isJSDocParameterTag(tag) ? `${tag.name.getText()} ${comment.replace(/^-\s*/, "")}` : comment;
}

function tagsOf(node: ts.Node): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    tags.set(name, [...(tags.get(name) ?? []), tagText(tag)]);
  }
  return tags;
}

/** The client's methods (properties whose arrow function calls `OPERATIONS["<id>"]`) and its named types' tags. */
function readClient(providerId: string): { methods: Map<string, ClientMethod>; declarations: Map<string, Map<string, string[]>> } {
  const file = path.join(repoRoot, "generated", providerId, "client.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const methods = new Map<string, ClientMethod>();
  const declarations = new Map<string, Map<string, string[]>>();
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) declarations.set(node.name.text, tagsOf(node));
    if (ts.isPropertyAssignment(node) && ts.isArrowFunction(node.initializer)) {
      const id = /OPERATIONS\["([^"]+)"\]/.exec(node.initializer.getText())?.[1];
      if (id) {
        const typeNames: string[] = [];
        const collect = (child: ts.Node): void => {
          if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) typeNames.push(child.typeName.text);
          ts.forEachChild(child, collect);
        };
        collect(node.initializer);
        methods.set(id, { operationId: id, tags: tagsOf(node), typeNames });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { methods, declarations };
}

describe.each(["vonage", "telnyx"])("JSDoc of generated/%s/client.ts", (providerId) => {
  const operations = specOperations(providerId);
  const { methods, declarations } = readClient(providerId);

  it("documents every operation of the spec", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect([...methods.keys()].sort()).toEqual(operations.map((op) => op.operationId).sort());
  });

  it("marks exactly the spec's deprecated operations @deprecated, with their named types", () => {
    for (const op of operations) {
      const method = methods.get(op.operationId)!;
      expect(method.tags.has("deprecated"), op.operationId).toBe(op.deprecated);
      if (!op.deprecated) continue;
      const own = method.typeNames.filter((name) => declarations.has(name));
      expect(own.length, op.operationId).toBeGreaterThan(0);
      for (const name of own) expect(declarations.get(name)!.has("deprecated"), name).toBe(true);
    }
  });

  it("gives each path parameter and the body a @param line with the spec's description", () => {
    let checked = 0;
    for (const op of operations) {
      const params = methods.get(op.operationId)!.tags.get("param") ?? [];
      for (const param of op.pathParams.filter((p) => p.description)) {
        expect(params.some((line) => line.endsWith(param.description)), `${op.operationId} ${param.name}: ${params.join(" / ")}`).toBe(true);
        checked++;
      }
      if (op.bodyDescription) {
        expect(params, op.operationId).toContain(`body ${op.bodyDescription}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("links each method to an existing section of its guide, whose example it shows", () => {
    for (const op of operations) {
      const { tags } = methods.get(op.operationId)!;
      const link = /\]\((\.\/docs\/[^)#]+\.md)#([^)]+)\)/.exec(tags.get("see")?.[0] ?? "");
      expect(link, `${op.operationId}: ${tags.get("see")}`).not.toBeNull();
      const guide = path.join(repoRoot, "generated", providerId, link![1]!);
      expect(existsSync(guide), guide).toBe(true);
      const markdown = readFileSync(guide, "utf8");
      const section = markdown.split(`<a id="${link![2]}"></a>`)[1];
      expect(section, `${op.operationId}: no anchor ${link![2]} in ${link![1]}`).toBeDefined();
      const example = /```ts\n([\s\S]*?)\n```/.exec(tags.get("example")?.[0] ?? "")?.[1];
      expect(example, op.operationId).toBeTruthy();
      // The first code block after the anchor is the operation's example in the guide.
      expect(/```ts\n([\s\S]*?)\n```/.exec(section!)?.[1], op.operationId).toBe(example);
    }
  });
});

describe("blockComment", () => {
  it("keeps text that contains the comment terminator inside the comment", () => {
    const hostile = "Ends here */ process.exit(1); /* and goes on";
    const source = `${blockComment(["Summary", "", hostile])}\nexport const value = 1;\n`;
    const file = ts.createSourceFile("hostile.ts", source, ts.ScriptTarget.ES2022, true);
    const statement = file.statements[0]!;
    // One statement: the comment did not end early and turn its rest into code.
    expect(file.statements).toHaveLength(1);
    expect(ts.isVariableStatement(statement)).toBe(true);
    const text = ts.getJSDocCommentsAndTags(statement).map((doc) => ts.getTextOfJSDocComment(doc.comment)).join("");
    expect(text).toContain("process.exit(1)");
  });
});
