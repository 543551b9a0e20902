// What an editor shows when hovering a generated client method: the JSDoc must carry the spec's
// parameter descriptions, its deprecations, a link that lands on the operation's section of the
// guide, and the guide's own example. Checked against the bundled spec (openapi.json) and the
// guides as written to disk, reading the client with TypeScript's parser.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { blockComment } from "../codegen/emit/jsdoc.js";
import { identifier } from "../codegen/names.js";
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

/** The operationId of each generated function name (x-sdk-name as one camelCase identifier). */
function operationIdsByFunction(providerId: string): Map<string, string> {
  const doc = JSON.parse(readFileSync(path.join(repoRoot, "generated", providerId, "openapi.json"), "utf8")) as Json;
  const ids = new Map<string, string>();
  for (const item of Object.values(doc.paths as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) {
      if (typeof op === "object" && op !== null && typeof op["x-sdk-name"] === "string") ids.set(identifier(op["x-sdk-name"] as string), op.operationId as string);
    }
  }
  return ids;
}

function typeNamesIn(node: ts.Node): string[] {
  const typeNames: string[] = [];
  const collect = (child: ts.Node): void => {
    if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) typeNames.push(child.typeName.text);
    ts.forEachChild(child, collect);
  };
  collect(node);
  return typeNames;
}

/**
 * The documented calls of one generated file, by operationId: in client.ts the facade's methods
 * (properties whose arrow function calls an operation's function), in functions.ts the exported
 * functions; and the tags of the named types each file declares.
 */
function readCalls(providerId: string, fileName: "client.ts" | "functions.ts") {
  const file = path.join(repoRoot, "generated", providerId, fileName);
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const ids = operationIdsByFunction(providerId);
  const methods = new Map<string, ClientMethod>();
  const declarations = new Map<string, Map<string, string[]>>();
  const add = (node: ts.Node, functionName: string | undefined): void => {
    const id = functionName === undefined ? undefined : ids.get(functionName);
    if (id) methods.set(id, { operationId: id, tags: tagsOf(node), typeNames: typeNamesIn(node) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) declarations.set(node.name.text, tagsOf(node));
    if (fileName === "functions.ts" && ts.isFunctionDeclaration(node)) add(node, node.name?.text);
    if (fileName === "client.ts" && ts.isPropertyAssignment(node) && ts.isArrowFunction(node.initializer)) {
      const body = node.initializer.body;
      if (ts.isCallExpression(body) && ts.isIdentifier(body.expression)) add(node, body.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { methods, declarations };
}

describe.each(["vonage", "telnyx"])("JSDoc of generated/%s/client.ts and functions.ts", (providerId) => {
  const operations = specOperations(providerId);
  const facade = readCalls(providerId, "client.ts");
  const functions = readCalls(providerId, "functions.ts");
  // The named types are declared once, in functions.ts; the facade's methods use them too.
  const declarations = functions.declarations;

  it("documents every operation of the spec, as a method and as a function", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect([...facade.methods.keys()].sort()).toEqual(operations.map((op) => op.operationId).sort());
    expect([...functions.methods.keys()].sort()).toEqual(operations.map((op) => op.operationId).sort());
  });

  for (const [kind, calls] of [["method", facade], ["function", functions]] as const) {
    const { methods } = calls;

    it(`marks exactly the spec's deprecated operations @deprecated, with their named types (${kind})`, () => {
      for (const op of operations) {
        const method = methods.get(op.operationId)!;
        expect(method.tags.has("deprecated"), op.operationId).toBe(op.deprecated);
        if (!op.deprecated) continue;
        const own = method.typeNames.filter((name) => declarations.has(name));
        expect(own.length, op.operationId).toBeGreaterThan(0);
        for (const name of own) expect(declarations.get(name)!.has("deprecated"), name).toBe(true);
      }
    });

    it(`gives each path parameter and the body a @param line with the spec's description (${kind})`, () => {
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
  }

  it("links each method and function to an existing section of its guide; the method shows its example, the function the same call on a config", () => {
    const ids = operationIdsByFunction(providerId);
    for (const op of operations) {
      const { tags } = facade.methods.get(op.operationId)!;
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

      const fn = functions.methods.get(op.operationId)!;
      expect(fn.tags.get("see"), op.operationId).toEqual(tags.get("see"));
      const name = [...ids].find(([, id]) => id === op.operationId)![0];
      const fnExample = /```ts\n([\s\S]*?)\n```/.exec(fn.tags.get("example")?.[0] ?? "")?.[1] ?? "";
      expect(fnExample, op.operationId).toMatch(new RegExp(`^const \\w+ = create\\w+Config\\(\\);\\n[\\s\\S]*\\b${name}\\(\\w+[,)]`));
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
