// Lint and bundle in one walk of Redocly's (load.ts `lintAndLoadSpec`). Redocly's bundle walks
// the whole spec with its bundler and the configured decorators; its lint walks it again with the
// rules. Here the rules run as decorators of the bundle, beside the bundler: one YAML parse, one
// `$ref` resolution and one walk instead of two of each (the synthetic 1,120-operation spec:
// 1.0-1.45 s of CPU instead of 1.7-2.3 s), with the same problems and the same bundle, compared on
// every spec of the repository and every fixture (test/generator/lint-in-bundle.test.ts).
//
// Two things make the rules see the spec as the separate lint does:
// - The bundler copies each component it takes from another file into the entry's `components`
//   while it walks. The walk reaches `components` after `paths`, and would then walk those copies
//   as components of the entry. So the walk is shown a copy of `components` with the entry's own
//   entries only, while the bundler fills the real object, which is put back when the walk ends.
// - The bundler rewrites a `$ref` to another file (`./10dlc.yaml#/components/schemas/Brand`) into
//   one to the entry's components (`#/components/schemas/Brand`) as it leaves it, before the rule
//   that reads the schema holding it runs. The example rules follow such a rewritten `$ref` into
//   the real `components` (lint-examples.ts), which `bundledComponents` gives them.
import type { Config, StyleguideConfig } from "@redocly/openapi-core";

type Obj = Record<string, unknown>;

/** The entry's `components` as the bundler fills them, during the walk, by the entry's root node. */
const filledComponents = new WeakMap<object, Obj>();

/** The components a rewritten local `$ref` in the entry points into, during a bundle with the lint. */
export function bundledComponents(root: object): Obj | undefined {
  return filledComponents.get(root);
}

const ASIDE_ID = "toolkit-walk/components-aside";

/** The decorator that shows the walk a copy of the entry's own components (see above). */
function componentsAside() {
  let filled: Obj | undefined;
  return {
    Root: {
      enter(root: Obj) {
        if (typeof root.components !== "object" || root.components === null) return;
        filled = root.components as Obj;
        filledComponents.set(root, filled);
        // One level deeper too: the bundler adds its copies to `components.schemas` and the like.
        root.components = Object.fromEntries(
          Object.entries(filled).map(([kind, group]) => [kind, typeof group === "object" && group !== null && !Array.isArray(group) ? { ...group } : group]),
        );
      },
      leave(root: Obj) {
        if (filled === undefined) return;
        root.components = filled;
        filledComponents.delete(root);
      },
    },
  };
}

/**
 * The lint configuration, turned into one whose bundle runs the lint's rules (with their
 * severities and options) as decorators, after the bundler, and the aside above last.
 */
export function bundleConfigWithRules(config: Config): Config {
  const styleguide = config.styleguide;
  const withRules: StyleguideConfig = Object.create(styleguide);
  // The aside comes last: the rules' Root.leave (no-unused-components reports there) still runs
  // before it puts the filled components back.
  withRules.getRulesForSpecVersion = (version) => [...styleguide.getRulesForSpecVersion(version), { [ASIDE_ID]: componentsAside }] as never;
  withRules.getDecoratorSettings = (ruleId, version) => {
    if (ruleId === ASIDE_ID) return { severity: "error" };
    const decorator = styleguide.getDecoratorSettings(ruleId, version);
    return decorator.severity !== "off" ? decorator : styleguide.getRuleSettings(ruleId, version);
  };
  const bundling: Config = Object.create(config);
  Object.defineProperty(bundling, "styleguide", { value: withRules });
  return bundling;
}

/** The problems the bundler reports itself (a `$ref` it cannot resolve), which the lint reports too. */
export const BUNDLER_RULE = "bundler";
