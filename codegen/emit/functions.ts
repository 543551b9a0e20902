// Emits functions.ts: one exported function per operation (named from its x-sdk-name:
// `messaging10dlc.brand.create` → `messaging10dlcBrandCreate`), the named types of their
// arguments and results, and the lean config factory they take. Each function holds its own
// operation description, so a bundler keeps exactly the operations an app imports; the facade in
// client.ts is built from these same functions.
import { operationSignature, type OperationModel, type ProviderModel, type Signature } from "../model.js";
import type { RuntimeInput } from "../model/signature.js";
import { identifier } from "../names.js";
import type { ProviderConfig } from "../providers.js";
import { exampleCall } from "./docs.js";
import { methodComment, typeComment } from "./jsdoc.js";
import { type Code, dataLiteral, genericType, interfaceDeclaration, layout, list, objectLiteral, parameter, propertyKey } from "./layout.js";
import { render } from "./render.js";

/** One operation as both emitters see it: its function, its signature and its types. */
export interface OperationView {
  op: OperationModel;
  signature: Signature;
  /** The exported function's name, e.g. `messaging10dlcBrandRetrieve`. */
  functionName: string;
}

/** The function name of an operation: its x-sdk-name as one camelCase identifier. */
export function functionName(op: OperationModel): string {
  return identifier(op.sdkName);
}

/** The name of the lean config factory, e.g. `createTelnyxConfig`. */
export function configFactory(provider: ProviderConfig): string {
  return `create${provider.name}Config`;
}

/**
 * Every operation with its function name. Two x-sdk-names can give one identifier
 * (`a.bC`, `a.b.c`), and a function may not take a name the module already uses: both are
 * refused here, naming the operations, rather than emitted as code that does not compile.
 */
export function operationViews(model: ProviderModel, provider: ProviderConfig): OperationView[] {
  const taken = new Map<string, string>(
    [configFactory(provider), "request", "list", "basic", "bearer", "env", "vonageJwtMinter", "multipartBody", "jsonOrMultipartBody", "fileResponse"].map(
      (name) => [name, "a name of the generated module"],
    ),
  );
  return model.operations.map((op) => {
    const name = functionName(op);
    const holder = taken.get(name);
    if (holder) throw new Error(`x-sdk-name ${op.sdkName} (${op.operationId}) gives the function name ${name}, already ${holder}; rename one of them`);
    taken.set(name, `the function of ${op.sdkName} (${op.operationId})`);
    return { op, signature: operationSignature(op), functionName: name };
  });
}

/** The parameters of an operation's function or method, as code to lay out (layout.ts). */
export function parameterCode(signature: Signature): Code[] {
  return signature.params.map((p) => parameter(`${p.name}${p.optional ? "?" : ""}`, p.type));
}

/** The declared return type, e.g. `PagePromise<BrandListResponse, BrandListItem>`, as code to lay out. */
export function returnTypeCode(signature: Signature): Code {
  return genericType(signature.returns.promise, signature.returns.typeArguments);
}

/**
 * What follows `export function ` in a template, up to ` {`: the name, the parameters and,
 * where given, the return type, laid out from those columns (layout.ts).
 */
export function functionHeader(name: string, parameters: Code[], returnType?: Code): string {
  return layout([name, list("(", parameters, ")"), ...(returnType === undefined ? [] : [": ", returnType])], {
    column: "export function ".length,
    indent: 0,
    trailing: " {".length,
  });
}

/** A note appended to the summary line of list operations. */
export function listNote(op: OperationModel): string {
  return op.pagination ? ". Await for the first page; `for await` iterates every item of every page." : "";
}

export function emitFunctions(model: ProviderModel, provider: ProviderConfig, sourceFile: string): string {
  const views = operationViews(model, provider);
  const types = views.flatMap(({ op, signature }) =>
    signature.types.map((type) => ({
      ...type,
      comment: typeComment(op, type.description),
      interface: type.isInterface ? interfaceDeclaration(type.name, [`Members<${type.expression}>`, "Named"]) : undefined,
    })),
  );
  // Laid out as the formatter would (layout.ts), from the columns the template puts them at.
  const functions = views.map(({ op, signature, functionName: name }) => ({
    comment: methodComment(op, provider, listNote(op), functionExample(op, provider, name)),
    // export function {{signature}} {
    signature: functionHeader(name, [parameter("client", "ClientConfig"), ...parameterCode(signature)], returnTypeCode(signature)),
    //   return {{call}};
    call: layout([`${signature.call}<${signature.returns.typeArguments.join(", ")}>`, list("(", ["client", operationLiteral(op), inputLiteral(signature.input), "options"], ")")], {
      column: "  return ".length,
      indent: 2,
      trailing: ";".length,
    }),
  }));
  return render("functions.ts.hbs", {
    provider,
    sourceFile,
    title: model.title,
    serverUrl: model.serverUrl,
    configFactory: configFactory(provider),
    imports: runtimeImports(model, provider),
    types,
    hasInterfaces: types.some((type) => type.isInterface),
    functions,
    hasAuth: Boolean(provider.auth.bearer ?? provider.auth.basic),
    // Operations without an operationId live inline under `paths` in types.ts.
    typesImports: [
      model.operations.some((op) => op.typesRef.startsWith("operations[")) && "operations",
      model.operations.some((op) => op.typesRef.startsWith("paths[")) && "paths",
    ].filter(Boolean).join(", "),
    auth: {
      bearer: provider.auth.bearer ?? null,
      basic: provider.auth.basic ?? null,
      jwtMint: provider.auth.jwtMint ?? null,
    },
  });
}

/**
 * The operation description the function passes to the runtime. Body encoders and response
 * readers are named only where an operation needs them: that import is what brings multipart and
 * file handling into a bundle.
 */
function operationLiteral(op: OperationModel): Code {
  const entries: Array<[string, Code]> = [["method", JSON.stringify(op.method)], ["path", JSON.stringify(op.path)]];
  entries.push(["response", op.success.kind === "binary" ? "fileResponse" : JSON.stringify(op.success.kind)]);
  const encoder = bodyEncoder(op);
  if (encoder) entries.push(["request", encoder]);
  if (op.pagination) entries.push(["pagination", dataLiteral(op.pagination)]);
  // A declared idempotency-key header (IETF's `Idempotency-Key`, or `X-Idempotency-Key`): the
  // runtime then sends one key per call on every attempt, and retries the call like a GET.
  const idempotencyHeader = op.headerParams.find((p) => /^(x-)?idempotency[-_]key$/i.test(p.name))?.name;
  if (idempotencyHeader) entries.push(["idempotencyHeader", JSON.stringify(idempotencyHeader)]);
  return objectLiteral(entries);
}

/** The input object the function hands the runtime, e.g. `{ path: { brand_id: brandId }, body }`. */
function inputLiteral(input: RuntimeInput): Code {
  const entries: Code[] = [];
  if (input.path.length > 0) {
    const path = input.path.map(({ name, variable }) => (name === variable ? variable : `${propertyKey(name)}: ${variable}`));
    entries.push(["path: ", list("{ ", path, " }")]);
  }
  if (input.body) entries.push("body");
  if (input.query) entries.push("query");
  return list("{ ", entries, " }");
}

function bodyEncoder(op: OperationModel): string | undefined {
  if (op.body?.kind === "multipart") return "multipartBody";
  if (op.body?.kind === "json-or-multipart") return "jsonOrMultipartBody";
  return undefined;
}

/** The runtime modules functions.ts imports from, each with only the names it uses. */
function runtimeImports(model: ProviderModel, provider: ProviderConfig): Array<{ names: string; from: string; typeOnly: boolean }> {
  const ops = model.operations;
  const binary = [
    ops.some((op) => op.success.kind === "binary") && "fileResponse",
    ops.some((op) => op.body?.kind === "json-or-multipart") && "jsonOrMultipartBody",
    ops.some((op) => op.body?.kind === "multipart") && "multipartBody",
  ];
  const auth = [provider.auth.basic && "basic", (provider.auth.bearer || provider.auth.basic) && "bearer", (provider.auth.bearer?.env || provider.auth.basic) && "env"];
  const modules: Array<[string, Array<string | false | undefined>]> = [
    ["api-promise", ["type APIPromise"]],
    ["auth", auth],
    ["binary", binary],
    ["jwt", [provider.auth.jwtMint && "vonageJwtMinter"]],
    ["pagination", ops.some((op) => op.pagination) ? ["list", "type PagePromise"] : []],
    ["transport", ["request", "type ClientConfig", "type RequestOptions", "type ValidateResponse"]],
  ];
  return modules
    .map(([module, names]) => ({ names: names.filter((name): name is string => Boolean(name)), from: `../runtime/${module}.js` }))
    .filter((entry) => entry.names.length > 0)
    // `import type` when only types come from a module: `import { type X }` would still load it.
    .map((entry) => {
      const typeOnly = entry.names.every((name) => name.startsWith("type "));
      return { names: (typeOnly ? entry.names.map((name) => name.slice("type ".length)) : entry.names).join(", "), from: entry.from, typeOnly };
    });
}

/**
 * The guide's example call, written as a function call on a config: what the hover of a
 * function shows (the guide shows the facade's method; both send the same request).
 */
function functionExample(op: OperationModel, provider: ProviderConfig, name: string): string {
  const client = provider.clientVar;
  const example = exampleCall(op, provider)
    .replace(`${client}.${op.sdkName}()`, `${name}(${client})`)
    .replace(`${client}.${op.sdkName}(`, `${name}(${client}, `);
  return `const ${client} = ${configFactory(provider)}();\n${example}`;
}
