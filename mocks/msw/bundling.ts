// The aliases a browser bundle of the MSW handlers needs, for esbuild's `alias` or Vite's
// `resolve.alias`: Prism's node builtins to the stand-ins of node-builtins.ts, and jsonc-parser
// (which Prism reaches through a require) to its ES module build, because its UMD build loads
// its parts with a dynamic require no bundler can follow.
//   esbuild: build({ ..., alias: mswBrowserAliases(require.resolve(".../mocks/msw/node-builtins.ts")) })
//   Vite:    defineConfig({ resolve: { alias: mswBrowserAliases(".../mocks/msw/node-builtins.ts") } })

/** Node builtins Prism's modules import when they load (the mock calls none of them). */
export const PRISM_NODE_BUILTINS = ["assert", "crypto", "events", "fs", "http", "https", "net", "os", "path", "tls", "url", "util"] as const;

/** `builtinsStub` is the path of node-builtins.ts (or of its compiled .js). */
export function mswBrowserAliases(builtinsStub: string): Record<string, string> {
  const aliases: Record<string, string> = { "jsonc-parser": "jsonc-parser/lib/esm/main.js" };
  for (const name of PRISM_NODE_BUILTINS) {
    aliases[name] = builtinsStub;
    aliases[`node:${name}`] = builtinsStub;
  }
  return aliases;
}
