// Emits docs/<product>.md for each product: setup, errors, then every operation (core tasks
// first, then supporting ones, then the rest) with a TypeScript example, a full parameter table
// and the response fields, and finally an index. Rendered from templates/product.md.hbs.
import type { OperationModel, ProviderModel } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { identifier, RESERVED_WORDS } from "../names.js";
import { render } from "./render.js";

export function emitDocs(model: ProviderModel, provider: ProviderConfig): Map<string, string> {
  const files = new Map<string, string>();
  for (const product of model.products) {
    const view = (section: OperationModel["docSection"]) =>
      product.operations.filter((op) => op.docSection === section).map((op) => operationView(op, provider));
    files.set(
      `docs/${product.id}.md`,
      render("product.md.hbs", {
        provider,
        product,
        model,
        setup: setupExample(provider),
        core: view("core"),
        supporting: view("supporting"),
        other: view("other"),
        webhooks: product.webhooks.map((hook) => ({
          ...hook,
          exampleJson: hook.example === undefined ? null : JSON.stringify(hook.example, null, 2),
          handler: [
            `import type { ${hook.typeBase}Webhook } from "./generated/${provider.id}/index.js";`,
            "",
            `// Verify the signature headers against the raw body first, then parse it.`,
            `export function on${hook.typeBase}(rawBody: string): ${hook.typeBase}Webhook {`,
            `  const event: ${hook.typeBase}Webhook = JSON.parse(rawBody);`,
            `  return event;`,
            `}`,
          ].join("\n"),
        })),
        index: product.operations.map((op) => ({
          call: `${provider.clientVar}.${op.sdkName}`,
          method: op.method,
          path: op.path,
          summary: op.summary,
          anchor: anchorFor(op),
        })),
      }),
    );
  }
  return files;
}

function operationView(op: OperationModel, provider: ProviderConfig) {
  const parameters = [
    ...[...op.pathParams, ...op.queryParams, ...op.headerParams].map((p) => ({ ...p, location: p.in })),
    ...(op.body?.fields ?? []).map((f) => ({ ...f, location: "body" })),
  ];
  return {
    ...op,
    call: `${provider.clientVar}.${op.sdkName}`,
    anchor: anchorFor(op),
    parameters,
    example: exampleCall(op, provider),
    multipartAlternative: op.body?.multipart ?? null,
    responseFields: op.success.fields,
  };
}

/**
 * The operation's anchor in its guide (client JSDoc links to it too). The heading text is the
 * summary; this keeps links stable even if two summaries match.
 */
export function anchorFor(op: OperationModel): string {
  return op.sdkName.replaceAll(".", "-").toLowerCase();
}

function setupExample(provider: ProviderConfig): string {
  const options: string[] = [];
  const { bearer, basic } = provider.auth;
  if (basic) {
    options.push(`${basic.user.option}: process.env.${basic.user.env ?? "API_KEY"}`);
    options.push(`${basic.password.option}: process.env.${basic.password.env ?? "API_SECRET"}`);
  } else if (bearer) {
    options.push(`${bearer.option}: process.env.${bearer.env ?? "API_KEY"}`);
  }
  return [
    `import { ${provider.factory} } from "./generated/${provider.id}/index.js";`,
    "",
    `const ${provider.clientVar} = ${provider.factory}({ ${options.join(", ")} });`,
  ].join("\n");
}

/**
 * A complete call built from the spec's examples; a test type-checks every one of them. The
 * client's JSDoc shows the same call, so hovering a method shows the guide's example.
 */
export function exampleCall(op: OperationModel, provider: ProviderConfig): string {
  const args: string[] = op.pathParams.map((p) => literal(p.example ?? `example-${p.name}`));
  if (op.body) {
    args.push(literal(withFiles(op.body.example ?? {}, op.body.binaryFields)));
  } else {
    const query = Object.fromEntries(
      op.queryParams.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]),
    );
    if (Object.keys(query).length > 0) args.push(literal(query));
  }
  const call = `${provider.clientVar}.${op.sdkName}(${args.join(", ")})`;
  if (op.success.kind === "none") return `await ${call};`;
  const variable = resultVariable(op);
  const lines = [`const ${variable} = await ${call};`];
  const firstField = op.success.fields[0]?.name;
  if (op.success.kind === "binary") lines.push(`console.log(${variable}.name, ${variable}.type, ${variable}.size);`);
  else if (op.success.isArray) lines.push(`console.log(${variable}.length);`);
  // A field of one alternative is not on the union type; show the whole answer instead.
  else if (op.success.isChoice) lines.push(`console.log(${variable});`);
  else if (firstField) lines.push(`console.log(${variable}${propertyAccess(firstField)});`);
  return lines.join("\n");
}

function propertyAccess(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

const CRUD = new Set(["create", "retrieve", "update", "list"]);

/** Names the example's result after the resource: `brands.create` → `brand`, `campaign.list` → `campaigns`. */
function resultVariable(op: OperationModel): string {
  const method = op.sdkPath[op.sdkPath.length - 1] ?? "";
  if (!CRUD.has(method) || op.sdkPath.length < 2) return "result";
  const resource = op.sdkPath[op.sdkPath.length - 2]!;
  const singular = resource.endsWith("s") && !resource.endsWith("ss") ? resource.slice(0, -1) : resource;
  const name = method === "list" ? `${singular}s` : singular;
  // "enums.retrieve" reads better as `enumResult` than as the rule's `enum_`.
  return RESERVED_WORDS.has(name) ? `${name}Result` : identifier(name);
}

/** Source code to print as is inside a literal (e.g. `new Blob(...)`). */
class Code {
  constructor(readonly source: string) {}
}

/** Upload examples in the spec hold placeholders for file content; show real Blob arguments instead. */
function withFiles(example: unknown, binaryFields: string[]): unknown {
  if (binaryFields.length === 0 || typeof example !== "object" || example === null) return example;
  const file = (placeholder: unknown) =>
    new Code(`new Blob([${JSON.stringify(typeof placeholder === "string" ? placeholder : "file content")}])`);
  const copy: Record<string, unknown> = { ...(example as Record<string, unknown>) };
  for (const field of binaryFields) {
    const value = copy[field];
    copy[field] = Array.isArray(value) ? value.map(file) : file(value);
  }
  return copy;
}

/** A value as a TypeScript literal the way a person writes it: unquoted keys, two-space indents. */
export function literal(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (value instanceof Code) return value.source;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => literal(item, inner));
    const flat = `[${items.join(", ")}]`;
    return flat.length <= 80 && !flat.includes("\n") ? flat : `[\n${items.map((i) => `${inner}${i},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => {
      const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${literal(item, inner)},`;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
