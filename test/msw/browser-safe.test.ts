// What the MSW handlers bundle for a browser: no module of ours may import a node builtin (the
// core, the state engine, the providers, the generated runtime), and every builtin Prism's
// modules import is one the aliases of mocks/msw/bundling.ts cover. Adding `node:crypto` to the
// core, or a Prism upgrade importing another builtin at load time, fails here.
import { builtinModules } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { PRISM_NODE_BUILTINS } from "../../mocks/msw/bundling.js";
import { repoRoot } from "../support/spec.js";

const BUILTIN = new RegExp(`^(?:node:)?(${builtinModules.map((name) => name.replace(/[/]/g, "\\/")).join("|")})$`);

/** Resolves every builtin to an empty module and records who imported it. */
function recordBuiltins(seen: Array<{ name: string; importer: string }>): Plugin {
  return {
    name: "record-builtins",
    setup(builder) {
      builder.onResolve({ filter: BUILTIN }, (args) => {
        seen.push({ name: args.path.replace(/^node:/, ""), importer: path.relative(repoRoot, args.importer) });
        return { path: args.path, namespace: "builtin" };
      });
      builder.onLoad({ filter: /.*/, namespace: "builtin" }, () => ({ contents: "module.exports = {}", loader: "js" }));
    },
  };
}

describe("the MSW handlers in a browser bundle", () => {
  it("import no node builtin from our modules, and only aliased ones from Prism's", async () => {
    const seen: Array<{ name: string; importer: string }> = [];
    const result = await build({
      entryPoints: [path.join(repoRoot, "mocks/msw/index.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
      outfile: "out.js",
      metafile: true,
      plugins: [recordBuiltins(seen)],
    });
    const ours = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
    expect(ours).toEqual(expect.arrayContaining(["mocks/core/index.ts", "mocks/state/engine.ts", "mocks/state/webhooks.ts", "mocks/prism/adapter.ts"]));
    expect(seen.filter((entry) => !entry.importer.includes("node_modules"))).toEqual([]);
    const unaliased = [...new Set(seen.map((entry) => entry.name))].filter((name) => !(PRISM_NODE_BUILTINS as readonly string[]).includes(name));
    expect(unaliased).toEqual([]);
  });
});
