// `telecom-openapi-toolkit <command> [options]`: the installed toolkit's one entry point (see
// bin.js). It names the commands, loads only the one asked for and passes it the arguments after
// its name; each command then prints its own usage for --help and its own problems.
import { readFileSync } from "node:fs";
import { execute, launchedThrough, runIfEntryPoint, USAGE_ERROR, type CommandInfo } from "./args.js";
import { catalog, findCommand } from "./catalog.js";

export const BIN = "telecom-openapi-toolkit";

export const command: CommandInfo = {
  name: BIN,
  summary: "Typed clients, docs, spec diffs and stateful mocks from curated Telnyx and Vonage OpenAPI specs.",
  crashCode: 1,
};

export function overview(): string {
  const names = Object.keys(catalog);
  const width = Math.max(...names.map((name) => name.length));
  return [
    `Usage: ${BIN} <command> [options]`,
    "",
    command.summary,
    "",
    "Commands:",
    ...Object.entries(catalog).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`),
    "",
    `Run \`${BIN} <command> --help\` for the options of one command.`,
    "",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h") {
    process.stdout.write(overview());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // `help generate` reads as `generate --help`.
  if (name === "help" && rest[0] !== undefined) return main([rest[0], "--help"]);
  if (name === "help") return main(["--help"]);
  if (name === undefined || name.startsWith("-")) {
    process.stderr.write(`${name === undefined ? "No command given." : `Unknown option '${name}': a command comes first.`}\n\n${overview()}`);
    return USAGE_ERROR;
  }
  const entry = findCommand(name);
  if (!entry) {
    process.stderr.write(`Unknown command "${name}".\n\n${overview()}`);
    return USAGE_ERROR;
  }
  launchedThrough(BIN);
  return execute(await entry.load(), rest);
}

/** The toolkit's version, from its package.json (the bin runs from the installed package). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

runIfEntryPoint(import.meta.url, { command, main });
