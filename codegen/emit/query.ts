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
import { functionHeader, functionName, parameterCode } from "./functions.js";
import { type Arrow, arrow, type Code, dataLiteral, importDeclaration, layout, list, parameter, typeLiteral } from "./layout.js";
import { render } from "./render.js";

/**
 * One options function, its parts laid out as the formatter would (layout.ts) from the columns
 * templates/query.ts.hbs puts them at; `queryKey` and the others written on one line are
 * formatted when they do not fit.
 */
interface QueryView {
  kind: "query" | "infinite" | "mutation";
  functionName: string;
  where: string;
  /** export function {{signature}} { */
  signature: string;
  queryKey: string;
  /** The queryFn or mutationFn arrow. */
  fn: string;
  /** The page param: the query type, or undefined too when the query is optional. */
  pageParamType?: string;
  getNextPageParam?: string;
  invalidates?: string;
}

/** `    {{property}}: {{value}},` inside the returned object. */
function propertyValue(property: string, value: Code): string {
  return layout(value, { column: `    ${property}: `.length, indent: 4, trailing: ",".length });
}

/** `async (param) => await fn(config, args)`: the query's or mutation's function. */
function callArrow(param: Code | undefined, functionName: string, args: string[]): Arrow {
  return arrow(["async ", list("(", param === undefined ? [] : [param], ")")], [`await ${functionName}`, list("(", ["config", ...args], ")")]);
}

export function emitQuery(model: ProviderModel, provider: ProviderConfig, sourceFile: string): string {
  const views = model.operations.flatMap((op) => viewsOf(op, operationSignature(op), provider));
  const used = new Set(views.map((view) => view.functionName));
  return render("query.ts.hbs", {
    provider,
    sourceFile,
    functionImports: importDeclaration([...used].sort(), "./functions.js"),
    typeImports: importDeclaration(typeImports(model), "./functions.js", true),
    runtimeImports: importDeclaration(
      [
        ...(views.some((view) => view.kind === "infinite") ? ["nextPageParam"] : []),
        "withSignal",
        ...(views.some((view) => view.kind === "mutation") ? ["invalidate", "type MutationSettings"] : []),
      ],
      "../runtime/tanstack.js",
    ),
    views,
  });
}

function viewsOf(op: OperationModel, signature: Signature, provider: ProviderConfig): QueryView[] {
  const fn = functionName(op);
  const where = `${op.method} ${op.path}`;
  const args = signature.params.filter((p) => p.name !== "options");
  const options = signature.params.find((p) => p.name === "options")!;
  const base = [JSON.stringify(provider.id), ...op.sdkPath.map((part) => JSON.stringify(part))];
  const keyObject = args.length === 0 ? "{}" : `{ ${args.map((p) => p.name).join(", ")} }`;

  if (op.method !== "GET") {
    // The variables: `{ brandId, body }: { brandId: …; body: … }`.
    const variables = args.length === 0 ? undefined : [`{ ${args.map((p) => p.name).join(", ")} }: `, typeLiteral(args.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`))];
    return [
      {
        kind: "mutation",
        functionName: fn,
        where,
        signature: functionHeader(`${fn}MutationOptions`, ["config: ClientConfig", `settings?: MutationSettings & { request?: ${options.type} }`]),
        queryKey: `[${base.join(", ")}] as const`,
        fn: propertyValue("mutationFn", callArrow(variables, fn, [...args.map((p) => p.name), "settings?.request"])),
        invalidates: `[[${base.slice(0, 2).join(", ")}]]`,
      },
    ];
  }

  const parameters = [parameter("config", "ClientConfig"), ...parameterCode(signature)];
  const query: QueryView = {
    kind: "query",
    functionName: fn,
    where,
    signature: functionHeader(`${fn}QueryOptions`, parameters),
    queryKey: `[${[...base, keyObject].join(", ")}] as const`,
    fn: propertyValue("queryFn", callArrow("{ signal }: { signal?: AbortSignal }", fn, [...args.map((p) => p.name), "withSignal(options, signal)"])),
  };
  const queryParam = args.find((p) => p.name === "query");
  if (!op.pagination || !queryParam || signature.call !== "list") return [query];
  const pageParamType = queryParam.optional ? `${queryParam.type} | undefined` : queryParam.type;
  const pageArgs = [...args.map((p) => (p.name === "query" ? "pageParam" : p.name)), "withSignal(options, signal)"];
  // nextPageParam<…>({ … }): dprint keeps a lone object argument against the parentheses.
  const pagination = dataLiteral(op.pagination);
  const argument = typeof pagination === "object" && "kind" in pagination && pagination.kind === "list" ? list(`(${pagination.open}`, pagination.items, `${pagination.close})`) : `(${JSON.stringify(op.pagination)})`;
  return [
    query,
    {
      kind: "infinite",
      functionName: fn,
      where,
      signature: functionHeader(`${fn}InfiniteQueryOptions`, parameters),
      queryKey: `[${[...base, keyObject, JSON.stringify("infinite")].join(", ")}] as const`,
      fn: propertyValue("queryFn", callArrow(`{ pageParam, signal }: { pageParam: ${pageParamType}; signal?: AbortSignal }`, fn, pageArgs)),
      pageParamType,
      getNextPageParam: propertyValue("getNextPageParam", [`nextPageParam<${signature.resultType}, ${queryParam.type}>`, argument]),
    },
  ];
}

/** The named types of functions.ts the options are written with. */
function typeImports(model: ProviderModel): string[] {
  const names = new Set<string>();
  for (const op of model.operations) {
    const signature = operationSignature(op);
    for (const p of signature.params) for (const match of p.type.matchAll(/\b[A-Z]\w*(?=\W|$)/g)) names.add(match[0]);
    if (op.method === "GET" && op.pagination) names.add(signature.resultType);
  }
  // RequestOptions comes from the runtime, not from functions.ts.
  names.delete("RequestOptions");
  return [...names].sort();
}
