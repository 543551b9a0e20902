// Formats the code the templates emit (client modules, index.ts) and the runtime copy with
// dprint's TypeScript plugin (a WebAssembly build) using fixed options (never a user's config
// file), so the output is byte-identical on every machine. types.ts, validators.ts and
// openapi.json come out of printers that are formatted and deterministic already, and skip this
// (pipeline.ts). Markdown is left as the templates write it. Any other file is returned as is.
//
// dprint runs in a worker thread, started without the process's module hooks (tsx's loader has
// nothing to do there), so formatting goes on while the main thread emits the validators and the
// docs (pipeline.ts). The client modules are laid out by their emitters as dprint
// would lay them out (emit/layout.ts), and their declarations that look laid out are kept as they
// are (`laidOut`): what is left to format is the runtime copy and the few declarations the
// emitters leave on one line. That takes about 0.2 s of CPU for Telnyx's client modules and
// 0.33 s for the synthetic 1,120-operation spec's, loading the plugin included (bench/format.ts),
// where formatting them whole took 0.34 s and 1.17 s. The thread costs about 50 ms of CPU to
// start, so it pays as soon as there is a core to overlap on. Large files go in pieces
// (format-pieces.ts), which keeps the plugin's memory small.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getPath as typescriptPluginPath } from "@dprint/typescript";
import { firstLine } from "../commands/args.js";
import { LINE_WIDTH } from "./emit/layout.js";
import { looksLaidOut, splitIntoDeclarations, withoutFinalLineBreaks } from "./format-pieces.js";
import { SpecError, type SpecProblem } from "./spec-error.js";

const GLOBAL_OPTIONS = { lineWidth: LINE_WIDTH, indentWidth: 2, useTabs: false, newLineKind: "lf" };

// The options that differ from dprint's defaults, chosen so the output reads like the Prettier
// output it replaced (compared file by file on our specs, the synthetic one and the runtime):
const TYPESCRIPT_OPTIONS = {
  quoteStyle: "alwaysDouble",
  // A semicolon after every statement and member; "always" would also end a one-line type
  // literal with one (`{ signal?: AbortSignal; }`), which neither Prettier nor our own code does.
  semiColons: "prefer",
  // The templates write some objects with JSON.stringify (the pagination descriptions): their
  // keys lose the quotes they do not need, as with Prettier.
  quoteProps: "asNeeded",
  // `{` stays on the line of its header even after a wrapped `extends` list (dprint's default moves
  // it to a line of its own there).
  bracePosition: "sameLine",
  // No braces added around a one-statement body: `if (!ok) return;` stays as the source wrote it.
  useBraces: "maintain",
  // A wrapped `a || b` ends each line with the operator, as Prettier does.
  "binaryExpression.operatorPosition": "sameLine",
  // The templates' order of imports and exports is kept: it groups them by meaning.
  "module.sortImportDeclarations": "maintain",
  "module.sortExportDeclarations": "maintain",
  "importDeclaration.sortNamedImports": "maintain",
  "exportDeclaration.sortNamedExports": "maintain",
};

/** What the worker answers: the formatted text, or dprint's message (which names the place). */
type Answer = { id: number; output: string } | { id: number; error: string };

// Plain JavaScript (CommonJS), so it runs without any loader. A configuration dprint rejects is
// a bug here, not in a spec: the worker stops with dprint's diagnostics.
//
// --liftoff-only: V8 compiles the 4 MB plugin with its baseline compiler only. By default it also
// recompiles the hot functions with its optimising compiler, which costs more CPU than it saves
// in one generator run: formatting the Telnyx client modules takes about a third of the CPU time
// with it (bench/format.ts), the synthetic spec's about 85%. The flag is process-wide and
// concerns WebAssembly only; it is set before the plugin is compiled.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
require("node:v8").setFlagsFromString("--liftoff-only");
const { createFromBuffer } = require(workerData.formatter);
const typescript = createFromBuffer(readFileSync(workerData.plugin));
typescript.setConfig(workerData.globalOptions, workerData.typescriptOptions);
const diagnostics = typescript.getConfigDiagnostics();
if (diagnostics.length > 0) throw new Error("dprint rejects the options: " + JSON.stringify(diagnostics));
parentPort.on("message", ({ id, file, content }) => {
  try {
    parentPort.postMessage({ id, output: typescript.formatText({ filePath: file, fileText: content }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

// The worker (its own V8 heap, the compiled plugin and the plugin's memory, which never shrinks)
// holds about 40 MB after formatting Telnyx's client modules, 60 MB after the synthetic spec's.
// A worker that has had nothing to do for this long is stopped, so a long-lived process
// (`generate --watch`) does not keep that between regenerations; the next file starts a new one.
const IDLE_MS = 5_000;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function formatter(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: {
      formatter: createRequire(import.meta.url).resolve("@dprint/formatter"),
      plugin: typescriptPluginPath(),
      globalOptions: GLOBAL_OPTIONS,
      typescriptOptions: TYPESCRIPT_OPTIONS,
    },
  });
  started.on("message", (answer: Answer) => answered(started, answer));
  // A worker retired while idle had nothing pending: what is pending belongs to its successor.
  started.on("error", (error) => {
    if (worker === started) failAll(new Error(`the formatter stopped: ${firstLine(error)}`));
  });
  started.on("exit", () => {
    if (worker !== started) return;
    worker = undefined;
    failAll(new Error("the formatter stopped"));
  });
  started.unref();
  worker = started;
  return started;
}

function answered(thread: Worker, answer: Answer): void {
  const waiting = pending.get(answer.id);
  pending.delete(answer.id);
  if (pending.size === 0) {
    thread.unref();
    idleTimer = setTimeout(retire, IDLE_MS).unref();
  }
  waiting?.resolve(answer);
}

function retire(): void {
  const idle = worker;
  worker = undefined;
  void idle?.terminate();
}

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

/** Sends one text to the worker; the worker keeps the process alive only while it has work. */
function formatInWorker(file: string, content: string): Promise<Answer> {
  clearTimeout(idleTimer);
  const thread = formatter();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, file, content });
  });
}

/** Files longer than this are formatted in pieces of about this length (format-pieces.ts). */
const PIECE_LENGTH = 128 * 1024;

export interface FormatOptions {
  /**
   * The emitter lays its code out as dprint does (emit/layout.ts): a declaration that looks laid
   * out (format-pieces.ts `looksLaidOut`) is kept as it is, the others are formatted. A kept
   * declaration is not parsed: test/generator/emitted-code-parses.test.ts holds the emitters to
   * code that parses, whatever the spec's names.
   */
  laidOut?: boolean;
  /** For tests: the output is the same whatever it is. */
  pieceLength?: number;
}

/**
 * Formats one output file. Emitted code that dprint cannot parse is a generator bug triggered by
 * some spec input: it becomes a SpecError naming the output file and place, never a raw stack.
 * `shownAs` is the file's name in messages, e.g. "generated/telnyx/client.ts".
 */
export async function formatFile(file: string, content: string, shownAs = file, options: FormatOptions = {}): Promise<string> {
  if (!file.endsWith(".ts")) return content;
  // dprint picks its parser from the name; only the base name is passed, so no path leaks into messages.
  const name = path.basename(file);
  const pieces = piecesOf(content, options);
  if (pieces.length > 1 || typeof pieces[0] !== "string") {
    const answers = await Promise.all(pieces.map((piece) => (typeof piece === "string" ? formatInWorker(name, piece) : { output: piece.kept })));
    const outputs = answers.flatMap((answer) => ("output" in answer ? [answer.output] : []));
    if (outputs.length === pieces.length) return outputs.join("\n");
    // A piece that does not parse: the whole file gives the error's true place (or, if the cut
    // fell inside a comment or a template literal, formats after all).
  }
  const answer = await formatInWorker(name, content);
  if ("output" in answer) return answer.output;
  throw new SpecError([parseProblem(answer.error, content, shownAs)]);
}

/**
 * The file as texts for the formatter, cut at declarations into pieces of at least `pieceLength`
 * (format-pieces.ts), and (`laidOut`) the declarations kept as they are between them, ending as
 * dprint ends a text: one line break.
 */
function piecesOf(content: string, { laidOut = false, pieceLength = PIECE_LENGTH }: FormatOptions): Array<string | { kept: string }> {
  const pieces: Array<string | { kept: string }> = [];
  let run = "";
  const endRun = () => {
    if (run !== "") pieces.push(run);
    run = "";
  };
  for (const declaration of splitIntoDeclarations(content)) {
    if (laidOut && looksLaidOut(declaration, LINE_WIDTH)) {
      endRun();
      pieces.push({ kept: `${withoutFinalLineBreaks(declaration)}\n` });
    } else {
      run += declaration;
      if (run.length >= pieceLength) endRun();
    }
  }
  endRun();
  return pieces;
}

// dprint's first line is the cause and the place, e.g. "Expected '{', got 'Fax' at
// file:///client.ts:2:13" (line and column count from 1, in characters); the lines after it
// repeat the code with a marker, which the SpecError excerpt does already.
const PLACE = /^(.*?) at file:\/\/\/\S*?:(\d+):(\d+)$/;

function parseProblem(error: string, content: string, shownAs: string): SpecProblem {
  const [, cause, line, column] = PLACE.exec(firstLine(error)) ?? [undefined, firstLine(error)];
  const lineNumber = line === undefined ? undefined : Number(line);
  return {
    file: shownAs,
    line: lineNumber,
    column: column === undefined ? undefined : Number(column),
    rule: "format",
    message: `the generated code does not parse (${cause}); a name or value in the spec produced invalid code. Please report this with the spec.`,
    excerpt: lineNumber === undefined ? undefined : content.split("\n")[lineNumber - 1],
  };
}
