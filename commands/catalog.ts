// The toolkit's commands by name, with the one-line summary each one's usage starts with. The bin
// lists them from here and loads only the one asked for: importing all eight pulls in Redocly,
// Prism and openapi-typescript, seconds of start-up that `--help` should not pay.
import type { CommandModule } from "./args.js";

export type CommandName = "start" | "generate" | "mock" | "diff" | "changelog" | "docs" | "drift" | "proxy";

export interface CatalogEntry {
  summary: string;
  load(): Promise<CommandModule>;
}

export const catalog: Record<CommandName, CatalogEntry> = {
  start: {
    summary: "Regenerate what changed (generate), then serve the mocks (mock) with the options given, in one process.",
    load: () => import("./start.js"),
  },
  generate: {
    summary: "Lint and bundle specs/, then write generated/<provider>/ and generated/runtime/.",
    load: () => import("./generate.js"),
  },
  mock: {
    summary: "Serve each provider's mock (stateful by default) from generated/<provider>/openapi.json, the toolkit's own if the folder has none.",
    load: () => import("./mock.js"),
  },
  diff: {
    summary: "Breaking-change report of each provider's spec against a git ref.",
    load: () => import("./diff.js"),
  },
  changelog: {
    summary: "Append the classified spec changes since a git ref to generated/<provider>/CHANGELOG.md.",
    load: () => import("./changelog.js"),
  },
  docs: {
    summary: "Build one offline HTML API reference (Redoc) per provider from generated/<provider>/openapi.json.",
    load: () => import("./docs.js"),
  },
  drift: {
    summary: "Differences between our curated spec of a provider and the provider's published OpenAPI spec, for the operations we curate.",
    load: () => import("./drift.js"),
  },
  proxy: {
    summary: "Forwards requests to a provider's real API and checks each request and answer against the curated spec.",
    load: () => import("./proxy.js"),
  },
};

/** The entry for `name`, or undefined for anything else (including "__proto__" and "toString"). */
export function findCommand(name: string): CatalogEntry | undefined {
  return Object.hasOwn(catalog, name) ? catalog[name as CommandName] : undefined;
}
