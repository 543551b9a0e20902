// Emits query.ts: TanStack Query options for every operation, built on the per-operation
// functions of functions.ts, so an app's bundle holds only the operations it queries.
//
// - GET → `<fn>QueryOptions(config, …args)`: `{ queryKey, queryFn }`, for useQuery, prefetchQuery,
//   useSuspenseQuery…; the query's abort signal cancels the call.
// - GET with x-pagination → also `<fn>InfiniteQueryOptions(config, …args)`: the page param is the
//   whole query of the next page, found by the operation's x-pagination style.
// - Anything else → `<fn>MutationOptions(config, settings?)`: `{ mutationKey, mutationFn, onSuccess }`,
//   its variables an object of the function's arguments (`{ brandId, body }`).
//
// Keys: `[provider, ...x-sdk-name segments, { arguments }]`, e.g.
// `["telnyx", "messaging10dlc", "brand", "retrieve", { brandId }]`; infinite queries add "infinite".
// A mutation invalidates every key under its top-level namespace (`["telnyx", "messaging10dlc"]`
// after creating a brand: the brand list, the brand, its campaigns). That is wider than one list,
// on purpose: the API changes related resources too (a campaign's brand, a porting order's
// comments), and refetching an unchanged active query is cheaper than showing a stale one.
import type { OperationModel, ProviderModel } from "../model.js";
import { operationSignature, type Signature } from "../model/signature.js";
import type { ProviderConfig } from "../providers.js";
import { functionName } from "./functions.js";
import { render } from "./render.js";

interface QueryView {
  kind: "query" | "infinite" | "mutation";
  name: string;
  functionName: string;
  where: string;
  parameters: string;
  queryKey: string;
  /** Arguments of the function call inside queryFn/mutationFn. */
  call: string;
  variables?: string;
  pagination?: string;
  pageType?: string;
  queryType?: string;
  /** The page param: the query type, or undefined too when the query is optional. */
  pageParamType?: string;
  invalidates?: string;
}

export function emitQuery(model: ProviderModel, provider: ProviderConfig, sourceFile: string): string {
  const views = model.operations.flatMap((op) => viewsOf(op, operationSignature(op), provider));
  const used = new Set(views.map((view) => view.functionName));
  return render("query.ts.hbs", {
    provider,
    sourceFile,
    functionImports: [...used].sort().join(", "),
    typeImports: typeImports(model),
    hasInfinite: views.some((view) => view.kind === "infinite"),
    hasMutations: views.some((view) => view.kind === "mutation"),
    views,
  });
}

function viewsOf(op: OperationModel, signature: Signature, provider: ProviderConfig): QueryView[] {
  const fn = functionName(op);
  const where = `${op.method} ${op.path}`;
  const args = signature.params.filter((p) => p.name !== "options");
  const options = signature.params.find((p) => p.name === "options")!;
  const base = [JSON.stringify(provider.id), ...op.sdkPath.map((part) => JSON.stringify(part))];
  const keyObject = `{ ${args.map((p) => p.name).join(", ")} }`;

  if (op.method !== "GET") {
    const variables = args.length === 0 ? "" : `{ ${args.map((p) => p.name).join(", ")} }: { ${args.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`).join("; ")} }`;
    return [
      {
        kind: "mutation",
        name: `${fn}MutationOptions`,
        functionName: fn,
        where,
        parameters: `config: ClientConfig, settings?: MutationSettings & { request?: ${options.type} }`,
        queryKey: `[${base.join(", ")}] as const`,
        call: [...args.map((p) => p.name), "settings?.request"].join(", "),
        variables,
        invalidates: `[[${base.slice(0, 2).join(", ")}]]`,
      },
    ];
  }

  const query: QueryView = {
    kind: "query",
    name: `${fn}QueryOptions`,
    functionName: fn,
    where,
    parameters: ["config: ClientConfig", ...signature.params.map((p) => p.declaration)].join(", "),
    queryKey: `[${[...base, keyObject].join(", ")}] as const`,
    call: [...args.map((p) => p.name), "withSignal(options, signal)"].join(", "),
  };
  const queryParam = args.find((p) => p.name === "query");
  if (!op.pagination || !queryParam || signature.call !== "list") return [query];
  const pageType = signature.resultType;
  return [
    query,
    {
      kind: "infinite",
      name: `${fn}InfiniteQueryOptions`,
      functionName: fn,
      where,
      parameters: query.parameters,
      queryKey: `[${[...base, keyObject, JSON.stringify("infinite")].join(", ")}] as const`,
      call: [...args.map((p) => (p.name === "query" ? "pageParam" : p.name)), "withSignal(options, signal)"].join(", "),
      pagination: JSON.stringify(op.pagination),
      pageType,
      queryType: queryParam.type,
      pageParamType: queryParam.optional ? `${queryParam.type} | undefined` : queryParam.type,
    },
  ];
}

/** The named types of functions.ts the options are written with. */
function typeImports(model: ProviderModel): string {
  const names = new Set<string>();
  for (const op of model.operations) {
    const signature = operationSignature(op);
    for (const p of signature.params) for (const match of p.type.matchAll(/\b[A-Z]\w*(?=\W|$)/g)) names.add(match[0]);
    if (op.method === "GET" && op.pagination) names.add(signature.resultType);
  }
  // RequestOptions comes from the runtime, not from functions.ts.
  names.delete("RequestOptions");
  return [...names].sort().join(", ");
}
