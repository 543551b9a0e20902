// Project rules on top of Redocly's recommended ruleset, packaged as a Redocly plugin so every
// finding comes with Redocly's file and line information. Both the generator and the lint test
// use `lintConfig()`, so "lint clean" means the same thing everywhere.
import "./redocly-fixes.js";
import { createConfig, type Config } from "@redocly/openapi-core";
import { mediaTypeExamplesRule, parameterExamplesRule, schemaExamplesRule } from "./lint-examples.js";
import { checkPagination, type PaginationContext } from "./lint-pagination.js";
import { typeName } from "./names.js";

type Report = (problem: { message: string; location?: unknown }) => void;
interface Ctx {
  report: Report;
  location: { child(path: Array<string | number>): unknown };
}

const SDK_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** Members of the generated client object itself; an SDK namespace by these names would collide. */
export const CLIENT_MEMBERS = new Map([
  ["raw", "the underlying openapi-fetch client"],
  ["webhooks", "webhook verification"],
]);

/** Every operation has a well-formed `x-sdk-name`, no two share one, and no name is also a namespace. */
function sdkNameRule() {
  const seen = new Map<string, string>();
  const pending: Array<{ name: string; namespaceClash: (other: string) => void }> = [];
  return {
    Operation: {
      enter(operation: Record<string, unknown>, ctx: Ctx & { location: { pointer: string } }) {
        // Webhooks are requests the provider sends to us: no client method to name.
        if (ctx.location.pointer.startsWith("#/webhooks/")) return;
        const name = operation["x-sdk-name"];
        const label = String(operation.operationId ?? "this operation");
        if (name === undefined) {
          ctx.report({ message: `Operation ${label} has no x-sdk-name (the generated client method name).` });
          return;
        }
        const location = ctx.location.child(["x-sdk-name"]);
        if (typeof name !== "string" || !SDK_NAME.test(name)) {
          ctx.report({
            message: `x-sdk-name "${String(name)}" must be dot-separated camelCase segments, e.g. "brands.create".`,
            location,
          });
          return;
        }
        const top = name.split(".")[0]!;
        const member = CLIENT_MEMBERS.get(top);
        if (member !== undefined) {
          ctx.report({
            message: `x-sdk-name "${name}" starts with "${top}", which the generated client already uses (client.${top} is ${member}); choose another namespace.`,
            location,
          });
          return;
        }
        const previous = seen.get(name);
        if (previous !== undefined) {
          ctx.report({ message: `x-sdk-name "${name}" is already used by operation ${previous}.`, location });
          return;
        }
        seen.set(name, label);
        pending.push({
          name,
          namespaceClash: (other) =>
            ctx.report({
              message: `x-sdk-name "${name}" is also the namespace of "${other}"; a name cannot be both a method and a group.`,
              location,
            }),
        });
      },
    },
    Root: {
      leave() {
        // Every namespace (proper prefix) of every name, with one name under it: linear, not pairwise.
        const underNamespace = new Map<string, string>();
        for (const { name } of pending) {
          const segments = name.split(".");
          for (let end = 1; end < segments.length; end++) {
            const namespace = segments.slice(0, end).join(".");
            if (!underNamespace.has(namespace)) underNamespace.set(namespace, name);
          }
        }
        for (const entry of pending) {
          const child = underNamespace.get(entry.name);
          if (child) entry.namespaceClash(child);
        }
      },
    },
  };
}

/**
 * Webhook names become type names by the rule of names.ts ("fax.delivered" → FaxDeliveredWebhook);
 * two names that give the same type name would produce one type twice.
 */
function webhookNamesRule() {
  return {
    Root: {
      enter(root: Record<string, unknown>, ctx: Ctx) {
        const webhooks = root.webhooks;
        if (typeof webhooks !== "object" || webhooks === null) return;
        const byType = new Map<string, string>();
        for (const name of Object.keys(webhooks)) {
          const type = `${typeName(name)}Webhook`;
          const other = byType.get(type);
          if (other === undefined) {
            byType.set(type, name);
            continue;
          }
          ctx.report({
            message: `webhook "${name}" and webhook "${other}" would both be named ${type}; rename one of them.`,
            location: (ctx.location.child(["webhooks", name]) as { key(): unknown }).key(),
          });
        }
      },
    },
  };
}

/** `x-pagination`, when present, names query parameters and response fields that exist (lint-pagination.ts). */
function paginationRule() {
  return {
    Operation: {
      enter(operation: Record<string, unknown>, ctx: PaginationContext, parents?: { PathItem?: Record<string, unknown> }) {
        checkPagination(operation, ctx, parents?.PathItem);
      },
    },
  };
}

/**
 * Every JSON request and response body carries at least one example: docs, mocks and tests are
 * built from them. Binary payloads (files, PDFs, CSVs) are exempt: a YAML example of bytes helps nobody.
 */
function examplesRule() {
  return {
    MediaType: {
      enter(media: Record<string, unknown>, ctx: Ctx & { key?: string | number }) {
        const examples = media.examples as Record<string, unknown> | undefined;
        const hasExamples = examples !== undefined && Object.keys(examples).length > 0;
        const isJson = /json/i.test(String(ctx.key ?? ""));
        if (isJson && !hasExamples && media.example === undefined && media.schema !== undefined) {
          ctx.report({ message: "Media type has no example; add an `examples` entry." });
        }
      },
    },
    Parameter: {
      enter(parameter: Record<string, unknown>, ctx: Ctx) {
        if (parameter.required === true && parameter.example === undefined && parameter.examples === undefined) {
          ctx.report({ message: `Required parameter "${String(parameter.name)}" has no example.` });
        }
      },
    },
  };
}

export const toolkitPlugin = {
  id: "toolkit",
  rules: {
    oas3: {
      "sdk-name": sdkNameRule,
      pagination: paginationRule,
      "webhook-names": webhookNamesRule,
      examples: examplesRule,
      "no-invalid-media-type-examples": mediaTypeExamplesRule,
      "no-invalid-parameter-examples": parameterExamplesRule,
      "no-invalid-schema-examples": schemaExamplesRule,
    },
  },
};

/** How strict the lint is: our own specs' rules, or what any valid OpenAPI document should pass. */
export type LintLevel = "strict" | "standard";

const cached = new Map<LintLevel, Promise<Config>>();

/**
 * `strict` (our specs): Redocly's recommended rules, example validation as errors, and the
 * toolkit rules. `standard` (a spec written without our extensions, `--spec`): names come from
 * operationIds and tags instead of x-sdk-name (sdk-names.ts), and missing or invalid examples,
 * missing 4xx responses and the like are warnings; what would break the generated code (a
 * malformed x-pagination, unresolvable references, duplicate operationIds) stays an error.
 */
export function lintConfig(level: LintLevel = "strict"): Promise<Config> {
  let config = cached.get(level);
  if (!config) {
    config = createConfig({ extends: ["recommended"], plugins: [toolkitPlugin as never], rules: rulesFor(level) } as never);
    cached.set(level, config);
  }
  return config;
}

/** Redocly's example rules, and the names of the toolkit's rules that replace them. */
export const EXAMPLE_RULES = ["no-invalid-media-type-examples", "no-invalid-parameter-examples", "no-invalid-schema-examples"] as const;

/**
 * The lint with Redocly's own example rules (compiled by Ajv) instead of the toolkit's, or with
 * none: kept for the differential test and the lint benchmark, which compare them.
 */
export function lintConfigWithExampleRules(level: LintLevel, examples: "redocly" | "none"): Promise<Config> {
  const rules = rulesFor(level);
  for (const rule of EXAMPLE_RULES) {
    rules[`toolkit/${rule}`] = "off";
    const severity = examples === "none" ? "off" : exampleSeverityOf(level);
    rules[rule] = rule === "no-invalid-media-type-examples" ? { severity, allowAdditionalProperties: level !== "strict" } : severity;
  }
  return createConfig({ extends: ["recommended"], plugins: [toolkitPlugin as never], rules } as never);
}

function exampleSeverityOf(level: LintLevel): "error" | "warn" {
  return level === "strict" ? "error" : "warn";
}

function rulesFor(level: LintLevel): Record<string, unknown> {
  const strict = level === "strict";
  const exampleSeverity = exampleSeverityOf(level);
  return {
    "toolkit/sdk-name": strict ? "error" : "off",
    "toolkit/pagination": "error",
    "toolkit/webhook-names": strict ? "error" : "warn",
    "toolkit/examples": exampleSeverity,
    // Examples are judged by the toolkit's own rules (lint-examples.ts), which give Redocly's
    // verdicts without compiling every schema; Redocly's rules of the same names are off.
    // Strict: an example may not carry a property its schema does not declare.
    ...Object.fromEntries(
      EXAMPLE_RULES.flatMap((rule) => [
        [rule, "off"],
        [`toolkit/${rule}`, { severity: exampleSeverity, forbidUndeclaredProperties: strict }],
      ]),
    ),
    "operation-operationId-unique": "error",
    // Telnyx's real paths put literal and templated segments side by side
    // (/10dlc/brand/feedback/{brandId} next to /10dlc/brand/{brandId}/revet); the specs must keep
    // the wire paths, and the mock router resolves them by preferring literal segments.
    "no-ambiguous-paths": "off",
    // Public specs often leave these out; the generator has a fallback for each.
    ...(strict
      ? {}
      : {
          "operation-4xx-response": "warn",
          "info-license": "off",
          "info-license-url": "off",
          "no-server-example.com": "warn",
          "security-defined": "warn",
          "operation-summary": "warn",
          "tag-description": "off",
          "operation-2xx-response": "warn",
          "no-unused-components": "warn",
        }),
  };
}
