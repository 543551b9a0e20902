// Emits client.ts: the SDK facade (a namespace tree of methods, the factory with credentials,
// webhooks and the raw openapi-fetch client) rendered from templates/client.ts.hbs. Each method
// calls the operation's function from functions.ts, so the facade and the functions cannot drift.
import type { ProviderModel } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { configFactory, emitFunctions, listNote, operationViews, parameterCode, returnTypeCode } from "./functions.js";
import { blockComment, methodComment } from "./jsdoc.js";
import { arrow, type Code, importDeclaration, layout, list, propertyKey } from "./layout.js";
import { emitQuery } from "./query.js";
import { render } from "./render.js";

interface MethodView {
  name: string;
  /** The parameters, e.g. `brandId: X`, `body: Y`, `options?: RequestOptions`. */
  parameters: Code[];
  /** The declared return type, written out so that declaration files name it (see Signature.returns). */
  returnType: Code;
  /** The function of functions.ts it calls, and the arguments it passes on. */
  functionName: string;
  argumentNames: string[];
  /** The method's JSDoc block. */
  comment: string;
}

interface NamespaceView {
  name: string;
  methods: MethodView[];
  children: NamespaceView[];
}

/**
 * The client modules whose emitters lay out their code as the formatter would (layout.ts), so
 * that the formatter may keep a declaration that looks laid out as it is (format.ts `laidOut`).
 */
export const LAID_OUT_MODULES: ReadonlySet<string> = new Set(["client.ts", "functions.ts", "query.ts"]);

/** Every client module of one provider, as [file name, source] pairs for the pipeline. */
export function emitClientModules(model: ProviderModel, provider: ProviderConfig, sourceFile: string): Array<[string, string]> {
  return [
    ["client.ts", emitClient(model, provider, sourceFile)],
    ["functions.ts", emitFunctions(model, provider, sourceFile)],
    ["query.ts", emitQuery(model, provider, sourceFile)],
  ];
}

export function emitClient(model: ProviderModel, provider: ProviderConfig, sourceFile: string): string {
  const root: NamespaceView = { name: "", methods: [], children: [] };
  const imported: string[] = [];
  for (const { op, signature, functionName } of operationViews(model, provider)) {
    imported.push(functionName, ...signature.types.map((type) => `type ${type.name}`));
    namespaceFor(root, op.sdkPath.slice(0, -1)).methods.push({
      name: signature.name,
      parameters: parameterCode(signature),
      returnType: returnTypeCode(signature),
      functionName,
      argumentNames: signature.params.map((p) => p.name),
      comment: methodComment(op, provider, listNote(op)),
    });
  }
  const webhookTypes = model.webhooks
    .filter((hook) => hook.contentType)
    .map((hook) => ({
      name: `${hook.typeBase}Webhook`,
      expression: `NonNullable<webhooks[${JSON.stringify(hook.name)}]["post"]["requestBody"]>["content"][${JSON.stringify(hook.contentType)}]`,
      comment: blockComment([`Payload of the ${hook.name} webhook (sent by the provider to your server).`]),
    }));
  const webhookSignature = provider.webhookSignature && model.webhooks.length > 0 ? provider.webhookSignature : null;
  return render("client.ts.hbs", {
    provider,
    hasWebhooks: model.webhooks.length > 0,
    hasLists: model.operations.some((op) => op.pagination),
    sourceFile,
    title: model.title,
    configFactory: configFactory(provider),
    functionImports: importDeclaration([configFactory(provider), `type ${provider.name}ConfigOptions`, ...imported], "./functions.js"),
    webhookTypes,
    // The object the factory returns holds them from the fifth column.
    namespaces: root.children.flatMap((child) => namespaceLines(child, 4)).join("\n"),
    webhookSignature,
    webhookEvents: [
      ...webhookTypes.map((type) => type.name),
      ...(provider.webhookSignature?.extraEvents ?? []).map((event) => event.name),
    ].join(" | "),
    extraEvents: webhookSignature ? (webhookSignature.extraEvents ?? []) : [],
  });
}

/**
 * A namespace as the entry of the object literal the factory returns, starting at column
 * `indent`: its methods (each an arrow calling the operation's function with the client's config),
 * then its child namespaces, laid out as the formatter would (layout.ts).
 */
function namespaceLines(node: NamespaceView, indent: number): string[] {
  const pad = " ".repeat(indent + 2);
  const lines = [`${" ".repeat(indent)}${propertyKey(node.name)}: {`];
  for (const method of node.methods) {
    lines.push(method.comment.replace(/^/gm, pad));
    const key = `${pad}${propertyKey(method.name)}: `;
    const value = arrow([list("(", method.parameters, ")"), ": ", method.returnType], [method.functionName, list("(", ["config", ...method.argumentNames], ")")]);
    lines.push(`${key}${layout(value, { column: key.length, indent: indent + 2, trailing: ",".length })},`);
  }
  for (const child of node.children) lines.push(...namespaceLines(child, indent + 2));
  lines.push(`${" ".repeat(indent)}},`);
  return lines;
}

function namespaceFor(root: NamespaceView, segments: string[]): NamespaceView {
  let node = root;
  for (const segment of segments) {
    let child = node.children.find((c) => c.name === segment);
    if (!child) {
      child = { name: segment, methods: [], children: [] };
      node.children.push(child);
    }
    node = child;
  }
  return node;
}
