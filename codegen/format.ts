// Formats the code the templates emit (client modules, index.ts) and the runtime copy with
// Prettier using fixed options (never a user's config file), so the output is byte-identical on
// every machine. types.ts and openapi.json come out of printers that are formatted and
// deterministic already, and skip this (pipeline.ts). Markdown is left as the templates write it:
// Prettier pads every table column to its widest cell, which makes enum-heavy tables unreadable.
//
// Prettier runs in a worker thread started without the process's module hooks: under tsx
// (`npm run generate`) loading Prettier's plugins through tsx's loader costs about 80 MB and most
// of a second, against about 13 MB and a tenth of a second without it. The worker also formats
// while the main thread goes on (types.ts, docs), which the pipeline uses.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { firstLine } from "../commands/args.js";
import { SpecError } from "./spec-error.js";

// Babel's TypeScript parser: the same output as Prettier's "typescript" parser on everything the
// templates and the runtime contain (checked file by file on our specs and the synthetic one),
// in a little over half the time.
const parsers: Record<string, string> = { ".ts": "babel-ts", ".json": "json" };
const OPTIONS = { printWidth: 110, endOfLine: "lf" };

/** What the worker answers: the formatted text, or the parser's message and place. */
type Answer = { id: number; output: string } | { id: number; error: { message: string; loc?: { start?: { line?: number; column?: number } } } };

// Plain JavaScript (CommonJS), so it runs without any loader. Prettier's CommonJS entry loads the
// ESM build itself.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", ({ id, content, options }) => {
  prettier.format(content, options).then(
    (output) => parentPort.postMessage({ id, output }),
    (error) => parentPort.postMessage({ id, error: { message: String(error && error.message || error), loc: error && error.loc } }),
  );
});
`;

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function formatter(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: { prettier: createRequire(import.meta.url).resolve("prettier") },
  });
  started.on("message", (answer: Answer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (pending.size === 0) started.unref();
    waiting?.resolve(answer);
  });
  started.on("error", (error) => failAll(new Error(`the formatter stopped: ${firstLine(error)}`)));
  started.on("exit", () => {
    worker = undefined;
    failAll(new Error("the formatter stopped"));
  });
  started.unref();
  worker = started;
  return started;
}

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

/** Sends one text to the worker; the worker keeps the process alive only while it has work. */
function formatInWorker(content: string, parser: string): Promise<Answer> {
  const thread = formatter();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, content, options: { ...OPTIONS, parser } });
  });
}

/**
 * Formats one output file. Emitted code that Prettier cannot parse is a generator bug triggered by
 * some spec input: it becomes a SpecError naming the output file and place, never a raw stack.
 * `shownAs` is the file's name in messages, e.g. "generated/telnyx/client.ts".
 */
export async function formatFile(file: string, content: string, shownAs = file): Promise<string> {
  const extension = file.slice(file.lastIndexOf("."));
  const parser = parsers[extension];
  if (!parser) return content;
  const answer = await formatInWorker(content, parser);
  if ("output" in answer) return answer.output;
  const start = answer.error.loc?.start;
  const line = start?.line;
  throw new SpecError([
    {
      file: shownAs,
      line,
      column: start?.column === undefined ? undefined : start.column + 1,
      rule: "format",
      message: `the generated code does not parse (${firstLine(answer.error.message).replace(/\s*\(\d+:\d+\)$/, "")}); a name or value in the spec produced invalid code. Please report this with the spec.`,
      excerpt: line === undefined ? undefined : content.split("\n")[line - 1],
    },
  ]);
}
