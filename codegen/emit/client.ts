// Emits client.ts: the SDK facade (named per-operation types, a namespace tree of methods, the
// factory with credentials) rendered from templates/client.ts.hbs on top of the shared runtime.
import { operationSignature, type NamedType, type OperationModel, type ProviderModel, type Signature } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { blockComment, methodComment, typeComment } from "./jsdoc.js";
import { render } from "./render.js";

interface MethodView {
  name: string;
  summary: string;
  method: string;
  path: string;
  operationId: string;
  /** The parameter list, e.g. `brandId: X, body: Y, options?: RequestOptions`. */
  signature: string;
  /** The runtime input object, e.g. `{ path: { brandId }, body }`. */
  input: string;
  resultType: string;
  /** `request` for one call, `list` for auto-paginated list operations. */
  call: "request" | "list";
  /** Type arguments of the runtime call, e.g. `<BrandListResponse, BrandListItem>`. */
  typeArgs: string;
  /**
   * The declared return type, e.g. `PagePromise<BrandListResponse, BrandListItem>`. Written out so
   * that declaration files name it: inferred, tsc's .d.ts spelled out item types, copying nodes of
   * types.ts and, with them, comments of client.ts at the same offsets into the middle of a type.
   */
  returnType: string;
  /** The method's JSDoc block (filled in by emitClient, which knows the provider). */
  comment: string;
}

interface NamespaceView {
  name: string;
  methods: MethodView[];
  children: NamespaceView[];
}

interface TypeView {
  name: string;
  expression: string;
  /** The JSDoc block. */
  comment: string;
  /**
   * Emit `interface Name extends Members<expression>, Named {}` instead of a type alias: tsc then names the
   * type in its messages ("parameter of type 'BrandsCreateParams'") where it would print an alias's
   * members ("'{ account_id: string; … 22 more …}'"). Only for object types: an interface cannot
   * extend a union.
   */
  isInterface: boolean;
}

/** Every client module of one provider, as [file name, source] pairs for the pipeline. */
export function emitClientModules(model: ProviderModel, provider: ProviderConfig, sourceFile: string): Array<[string, string]> {
  return [["client.ts", emitClient(model, provider, sourceFile)]];
}

export function emitClient(model: ProviderModel, provider: ProviderConfig, sourceFile: string): string {
  const types: TypeView[] = [];
  const root: NamespaceView = { name: "", methods: [], children: [] };
  for (const op of model.operations) {
    const { typeViews, method } = viewOfOperation(op);
    types.push(...typeViews);
    const listNote = op.pagination ? ". Await for the first page; `for await` iterates every item of every page." : "";
    namespaceFor(root, op.sdkPath.slice(0, -1)).methods.push({ ...method, comment: methodComment(op, provider, listNote) });
  }
  for (const hook of model.webhooks) {
    if (!hook.contentType) continue;
    types.push({
      name: `${hook.typeBase}Webhook`,
      expression: `NonNullable<webhooks[${JSON.stringify(hook.name)}]["post"]["requestBody"]>["content"][${JSON.stringify(hook.contentType)}]`,
      comment: blockComment([`Payload of the ${hook.name} webhook (sent by the provider to your server).`]),
      isInterface: false,
    });
  }
  return render("client.ts.hbs", {
    provider,
    hasWebhooks: model.webhooks.length > 0,
    sourceFile,
    serverUrl: model.serverUrl,
    title: model.title,
    types,
    hasInterfaces: types.some((type) => type.isInterface),
    operations: model.operations.map((op) => ({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      response: op.success.kind,
      request: op.body?.kind === "multipart" ? "multipart" : op.body?.kind === "json-or-multipart" ? "auto" : null,
      pagination: op.pagination ? JSON.stringify(op.pagination) : null,
      // A declared idempotency-key header (IETF's `Idempotency-Key`, or `X-Idempotency-Key`): the
      // runtime then sends one key per call on every attempt, and retries the call like a GET.
      idempotencyHeader: op.headerParams.find((p) => /^(x-)?idempotency[-_]key$/i.test(p.name))?.name ?? null,
    })),
    namespaces: root.children,
    auth: {
      bearer: provider.auth.bearer ?? null,
      basic: provider.auth.basic ?? null,
      jwtMint: provider.auth.jwtMint ?? null,
    },
    webhookSignature: provider.webhookSignature && model.webhooks.length > 0 ? provider.webhookSignature : null,
    webhookEvents: [
      ...model.webhooks.filter((hook) => hook.contentType).map((hook) => `${hook.typeBase}Webhook`),
      ...(provider.webhookSignature?.extraEvents ?? []).map((event) => event.name),
    ].join(" | "),
    extraEvents: provider.webhookSignature && model.webhooks.length > 0 ? (provider.webhookSignature.extraEvents ?? []) : [],
  });
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

/** The model's signature of an operation, with the JSDoc of each named type. */
function viewOfOperation(op: OperationModel): { typeViews: TypeView[]; method: Omit<MethodView, "comment"> } {
  const signature: Signature = operationSignature(op);
  return {
    typeViews: signature.types.map((type: NamedType) => ({ ...type, comment: typeComment(op, type.description) })),
    method: {
      name: signature.name,
      summary: op.summary,
      method: op.method,
      path: op.path,
      operationId: op.operationId,
      signature: signature.parameters,
      input: signature.input,
      resultType: signature.resultType,
      call: signature.call,
      typeArgs: signature.typeArgs,
      returnType: signature.returnType,
    },
  };
}
