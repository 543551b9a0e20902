// Argument parsing, usage text and exit handling shared by the toolkit's commands (generate, mock,
// diff, changelog, docs, drift, proxy). Every command behaves alike:
// `--help`/`-h` prints its usage on stdout and exits 0; an unknown or malformed flag prints the
// problem and the usage on stderr and exits 2; a failure prints one clear line, never a stack.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What the bin needs to list and run a command; every module in commands/ exports one as `command`. */
export interface CommandInfo {
  /** The subcommand's name, e.g. "diff" (`npm run diff --`, `telecom-openapi-toolkit diff`). */
  name: string;
  /** One line on what the command does. */
  summary: string;
  /** Exit code when an unexpected error escapes main (default 1). */
  crashCode?: number;
}

/** A command module: its description, and its main function taking the arguments after the command name. */
export interface CommandModule {
  command: CommandInfo;
  main(argv: string[]): Promise<number> | number;
}

export interface Command<O extends Options> extends CommandInfo {
  options: O;
  /** Per option: the value's placeholder (for string options) and what it does. */
  help: { [K in keyof O]: { value?: string; text: string } };
  /** Exit codes and their meaning, e.g. [[0, "done"], [1, "broken spec"]]. */
  exitCodes: Array<[number, string]>;
}

/** Exit code for bad usage, the same for every command. */
export const USAGE_ERROR = 2;

// In a clone the commands run as npm scripts; installed, through the bin. The bin says so once,
// before it dispatches, so that usage lines and hints show the commands as the user types them.
let bin: string | undefined;

/** Called by the bin: from now on commands are shown as `<bin> <name>`. */
export function launchedThrough(name: string): void {
  bin = name;
}

/** The bin's name once it has called launchedThrough(), else undefined (npm scripts, tsx). */
export function launchingBin(): string | undefined {
  return bin;
}

/** How a user runs the command `name` with options: "npm run diff --", or "telecom-openapi-toolkit diff". */
export function invocation(name: string): string {
  return bin ? `${bin} ${name}` : `npm run ${name} --`;
}

/** The same without options, for a message that points to another command: "npm run generate". */
export function commandLine(name: string): string {
  return bin ? `${bin} ${name}` : `npm run ${name}`;
}

export function usage<O extends Options>(command: Command<O>): string {
  const rows = Object.entries(command.help).map(([name, help]) => {
    const option = command.options[name]!;
    const short = option.short ? `-${option.short}, ` : "";
    const flag = `${short}--${name}${help.value ? ` <${help.value}>` : ""}`;
    return [flag, `${help.text}${option.multiple ? " Repeatable." : ""}`] as const;
  });
  rows.push(["-h, --help", "Print this help and exit."]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${invocation(command.name)} [options]`,
    "",
    command.summary,
    "",
    "Options:",
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    "",
    "Exit codes:",
    ...command.exitCodes.map(([code, meaning]) => `  ${code}  ${meaning}`),
    "",
  ].join("\n");
}

export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>["values"];

/**
 * Parses `argv` for `command`. Returns the values, or the exit code when the command must stop
 * here (after printing its usage for --help, or the problem and the usage for bad arguments).
 */
export function parseCommand<O extends Options>(
  command: Command<O>,
  argv: string[],
): { values: Parsed<O> } | { exit: number } {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(usage(command));
    return { exit: 0 };
  }
  try {
    const { values } = parseArgs({ args: argv, options: command.options, strict: true, allowPositionals: false });
    return { values: values as Parsed<O> };
  } catch (error) {
    // node:util's messages name the flag ("Unknown option '--bogus'"); its stack helps nobody.
    process.stderr.write(`${firstLine(error)}\n\n${usage(command)}`);
    return { exit: USAGE_ERROR };
  }
}

/** A failure the user can act on: printed as its message alone, with this exit code. */
export class CommandError extends Error {
  override readonly name = "CommandError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * Runs a command with the arguments after its name and returns its exit code. Any error that
 * escapes is printed as one line, without a stack: a CommandError as its message with its own exit
 * code, anything else as "error: ..." with the command's crash code.
 */
export async function execute(module: CommandModule, argv: string[]): Promise<number> {
  try {
    return await module.main(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof CommandError ? error.message : `error: ${firstLine(error)}`}\n`);
    return error instanceof CommandError ? error.exitCode : (module.command.crashCode ?? 1);
  }
}

/**
 * True when the module at `moduleUrl` is the script Node was started with (`tsx commands/diff.ts`),
 * false when the bin or a test imports it. Symlinks are resolved: npm links bins and workspaces.
 */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

/** Runs the command when its module is the script Node was started with (see start). */
export function runIfEntryPoint(moduleUrl: string, module: CommandModule): void {
  if (isEntryPoint(moduleUrl)) start(module, process.argv.slice(2));
}

/**
 * Runs a command as a process: its exit code goes to `process.exitCode`, not `process.exit`, so
 * that a long report on a pipe finishes writing and a mock that listens keeps running.
 */
export function start(module: CommandModule, argv: string[]): void {
  endQuietlyWhenOutputCloses();
  void execute(module, argv).then(setExitCode);
}

/**
 * A reader that goes away (`… --help | head -1`) is no failure of the command: stop quietly, as
 * a SIGPIPE would, instead of printing a write error's stack.
 */
function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
  }
}

function setExitCode(code: number): void {
  process.exitCode = code;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

/** Checks `--provider` values against the known ids; throws a usage error naming the unknown ones. */
export function selectProviders<P extends { id: string }>(known: P[], wanted: string[] | undefined): P[] {
  if (!wanted) return known;
  const unknown = wanted.filter((id) => !known.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new CommandError(
      `Unknown provider: ${unknown.join(", ")}. Known: ${known.map((p) => p.id).join(", ")}.`,
      USAGE_ERROR,
    );
  }
  return known.filter((p) => wanted.includes(p.id));
}
