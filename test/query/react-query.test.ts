// @vitest-environment happy-dom
// The generated TanStack Query options (generated/<provider>/query.ts) driving React components
// with a real QueryClient against the stateful mocks: an infinite list paged to its end by each
// provider's x-pagination style, a query, and a mutation whose success refetches the list.
import { QueryClient, QueryClientProvider, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { act, createElement, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxConfig } from "../../generated/telnyx/functions.js";
import {
  messaging10dlcBrandCreateMutationOptions,
  messaging10dlcBrandListInfiniteQueryOptions,
  messaging10dlcBrandRetrieveQueryOptions,
} from "../../generated/telnyx/query.js";
import { createVonageConfig } from "../../generated/vonage/functions.js";
import { brandsListInfiniteQueryOptions } from "../../generated/vonage/query.js";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";
import { loadProvider } from "../support/spec.js";

// React's act() warnings are for test renderers; this flag says we are one.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let telnyx: RunningMock;
let vonage: RunningMock;
beforeAll(async () => {
  [telnyx, vonage] = await Promise.all([startMock("telnyx", { stateful: true }), startMock("vonage", { stateful: true })]);
});
afterAll(async () => {
  await Promise.all([telnyx.close(), vonage.close()]);
});

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container?.remove();
});

function render(client: QueryClient, element: ReactNode): HTMLElement {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(createElement(QueryClientProvider, { client }, element)));
  return container;
}

/** Waits (on real time, the mock answers over loopback) until the DOM says what we expect. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}; the page shows: ${container.textContent}`);
}

const text = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent ?? "";

async function stateCount(mock: RunningMock, resource: string): Promise<number> {
  const { body } = await controlCall<{ resources: Record<string, number> }>(mock, "GET", "/state");
  return body.resources[resource] ?? 0;
}

describe("Telnyx 10DLC brands with TanStack Query in React", () => {
  const config = () => createTelnyxConfig({ apiKey: "test-key", baseUrl: telnyx.url, maxRetries: 0 });

  function BrandList({ pageSize }: { pageSize: number }) {
    const brands = useInfiniteQuery(messaging10dlcBrandListInfiniteQueryOptions(config(), { recordsPerPage: pageSize }));
    const create = useMutation(messaging10dlcBrandCreateMutationOptions(config(), { queryClient: useQueryClient() }));
    const names = brands.data?.pages.flatMap((page) => (page.records ?? []).map((brand) => brand.displayName)) ?? [];
    return createElement(
      "div",
      null,
      createElement("span", { "data-testid": "names" }, names.join("|")),
      createElement("span", { "data-testid": "pages" }, String(brands.data?.pages.length ?? 0)),
      createElement("span", { "data-testid": "more" }, String(brands.hasNextPage)),
      createElement("span", { "data-testid": "created" }, create.data?.brandId ?? ""),
      createElement("button", { "data-testid": "next", onClick: () => brands.fetchNextPage() }),
      createElement("button", { "data-testid": "create", onClick: () => create.mutate({ body: newBrand }) }),
    );
  }
  let newBrand: Parameters<ReturnType<typeof messaging10dlcBrandCreateMutationOptions>["mutationFn"]>[0]["body"];

  beforeAll(async () => {
    const { model } = await loadProvider("telnyx");
    const create = model.operations.find((op) => op.sdkName === "messaging10dlc.brand.create")!;
    newBrand = { ...(create.body!.example as typeof newBrand), displayName: "Brand made through useMutation" };
  });

  it("pages an infinite list to its end with fetchNextPage, then a mutation refetches it", async () => {
    // Enough brands for three pages of two.
    const { model } = await loadProvider("telnyx");
    const create = model.operations.find((op) => op.sdkName === "messaging10dlc.brand.create")!;
    const existing = await stateCount(telnyx, "brand");
    for (let i = existing; i < 5; i++) {
      const response = await fetch(`${telnyx.url}/10dlc/brand`, {
        method: "POST",
        headers: { authorization: "Bearer test-key", "content-type": "application/json" },
        body: JSON.stringify({ ...(create.body!.example as object), displayName: `Seeded brand ${i}` }),
      });
      expect(response.status).toBeLessThan(300);
    }
    const total = await stateCount(telnyx, "brand");
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(client, createElement(BrandList, { pageSize: 2 }));

    await until(() => text("pages") === "1", "the first page");
    expect(text("names").split("|")).toHaveLength(2);
    while (text("more") === "true") {
      const pages = Number(text("pages"));
      act(() => (container.querySelector('[data-testid="next"]') as HTMLButtonElement).click());
      await until(() => Number(text("pages")) === pages + 1, `page ${pages + 1}`);
    }
    expect(Number(text("pages"))).toBe(Math.ceil(total / 2));
    const listed = text("names").split("|");
    expect(listed).toHaveLength(total);
    expect(new Set(listed).size).toBe(listed.length);

    act(() => (container.querySelector('[data-testid="create"]') as HTMLButtonElement).click());
    await until(() => text("created") !== "", "the created brand");
    // The mutation invalidated the brand list: the infinite query refetched every page it had.
    await until(() => text("names").includes("Brand made through useMutation"), "the new brand in the list");
    expect(await stateCount(telnyx, "brand")).toBe(total + 1);
  });

  it("reads one brand with queryOptions, keyed by its id", async () => {
    const listed = await fetch(`${telnyx.url}/10dlc/brand`, { headers: { authorization: "Bearer test-key" } });
    const brand = ((await listed.json()) as { records: Array<{ brandId: string; displayName: string }> }).records[0]!;
    const options = messaging10dlcBrandRetrieveQueryOptions(config(), brand.brandId);
    expect(options.queryKey).toEqual(["telnyx", "messaging10dlc", "brand", "retrieve", { brandId: brand.brandId }]);
    function Brand() {
      const query = useQuery(options);
      return createElement("span", { "data-testid": "name" }, query.data?.displayName ?? (query.isError ? "error" : "loading"));
    }
    render(new QueryClient(), createElement(Brand));
    await until(() => text("name") === brand.displayName, "the brand's name");
  });
});

describe("Vonage brands with the page/page_size style", () => {
  it("fetches every page and stops at the last one", async () => {
    const config = createVonageConfig({ apiKey: "key", apiSecret: "secret", baseUrl: vonage.url, maxRetries: 0 });
    const total = await stateCount(vonage, "brand");
    expect(total).toBeGreaterThan(0);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = brandsListInfiniteQueryOptions(config, { page_size: 1 });
    let data = await client.fetchInfiniteQuery(options);
    while (options.getNextPageParam(data.pages.at(-1)!, data.pages, data.pageParams.at(-1) as never) !== undefined) {
      data = await client.fetchInfiniteQuery({ ...options, pages: data.pages.length + 1 });
    }
    expect(data.pages).toHaveLength(total);
    expect(data.pageParams.map((param) => (param as { page?: number } | undefined)?.page ?? 1)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1),
    );
  });
});
