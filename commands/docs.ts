// `npm run docs [-- --out <dir>] [--provider <id>]...`
// Builds one self-contained HTML API reference per provider from the bundled spec that
// `npm run generate` writes (generated/<id>/openapi.json) into generated/docs/<id>.html.
// Exit codes: 0 done, 1 a bundled spec is missing or unreadable, 2 bad usage.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Command, commandLine, parseCommand, runIfEntryPoint, selectProviders } from "./args.js";
import { catalog } from "./catalog.js";
import { providers, providersAt } from "../codegen/providers.js";
import { buildReferenceHtml } from "../codegen/reference.js";

const options = {
  out: { type: "string" },
  provider: { type: "string", multiple: true },
} as const;

export const command: Command<typeof options> = {
  name: "docs",
  summary: catalog.docs.summary,
  options,
  help: {
    out: { value: "dir", text: "Output folder. Default: generated/docs." },
    provider: { value: "id", text: `Only this provider (${providers.map((p) => p.id).join(", ")}).` },
  },
  exitCodes: [
    [0, "done"],
    [1, "a bundled spec is missing or unreadable (run npm run generate first), or redoc is not installed"],
    [2, "bad usage"],
  ],
};

export function main(argv: string[]): number {
  const parsed = parseCommand(command, argv);
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const root = process.cwd();
  const outDir = path.resolve(root, values.out ?? "generated/docs");
  const selected = selectProviders(providersAt(root), values.provider);

  // Read every input before writing anything, so a missing spec leaves the output folder alone.
  const specs = new Map<string, { info?: { title?: string; version?: string } }>();
  for (const provider of selected) {
    const file = path.join(root, "generated", provider.id, "openapi.json");
    const shown = path.relative(root, file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      console.error(`${shown} not found: run \`${commandLine("generate")}\` first, then \`${commandLine("docs")}\`.`);
      return 1;
    }
    try {
      specs.set(provider.id, JSON.parse(text));
    } catch (error) {
      console.error(`${shown} is not valid JSON (${(error as Error).message}): run \`${commandLine("generate")}\` to rebuild it.`);
      return 1;
    }
  }
  const redocScript = readRedoc();
  if (redocScript === undefined) {
    console.error("Redoc is not installed: it is a development dependency of the toolkit. Install it beside the toolkit (npm install --save-dev redoc@2.5.2), then run docs again.");
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  for (const provider of selected) {
    const spec = specs.get(provider.id)!;
    const version = spec.info?.version ? ` ${spec.info.version}` : "";
    const html = buildReferenceHtml({ title: `${provider.name} API reference${version}`, spec, redocScript });
    const target = path.join(outDir, `${provider.id}.html`);
    writeFileSync(target, html);
    console.log(`${path.relative(root, target) || target}  ${formatSize(Buffer.byteLength(html))}`);
  }
  return 0;
}

/** Redoc's standalone bundle, inlined into each page; undefined when redoc is not installed. */
function readRedoc(): string | undefined {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve("redoc/bundles/redoc.standalone.js");
  } catch {
    return undefined;
  }
  return readFileSync(file, "utf8");
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

runIfEntryPoint(import.meta.url, { command, main });
