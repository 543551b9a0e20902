// The bundled spec a mock serves: loaded once at start, and again whenever `npm run generate`
// rewrites it. The generator swaps `generated/<provider>/` as a whole folder (a staged folder is
// renamed over it), so a directory watcher goes deaf after the first swap; the file's path is
// polled instead (a stat every few hundred ms), which sees every swap and every in-place write.
// This is the node side; what a served spec is (and how one is made from a document, also in a
// browser) is served.ts.
import { unwatchFile, watchFile, type Stats } from "node:fs";
import { readFile } from "node:fs/promises";
import { fromDocument, lazyFromDocument, type ServedSpec } from "./served.js";

export { fromDocument, type ServedSpec } from "./served.js";

/** Changes a parsed document before it is served (synthesize.ts's examples for a declared provider). */
export type PrepareDocument = (document: Record<string, unknown>) => Record<string, unknown>;

const asIs: PrepareDocument = (document) => document;

/**
 * The spec and the text it was parsed from (the watcher compares later versions with it). Its
 * operations are made as requests reach them, so the mock listens sooner (served.ts).
 */
export async function loadServedSpec(file: string, prepare: PrepareDocument = asIs): Promise<{ spec: ServedSpec; text: string }> {
  const text = await readFile(file, "utf8");
  return { spec: lazyFromDocument(prepare(JSON.parse(text) as Record<string, unknown>)), text };
}

export interface SpecWatcher {
  close(): void;
}

const POLL_MS = 250;
const SETTLE_MS = 100;

/**
 * Calls `apply` with each new version of the file. A version that does not parse or load keeps
 * the last good spec serving, and the reason is logged. A file briefly missing during a folder
 * swap is waited out, not reported.
 */
export function watchSpec(
  file: string,
  servedText: string,
  log: ((line: string) => void) | undefined,
  apply: (spec: ServedSpec) => void,
  pollMs = POLL_MS,
  prepare: PrepareDocument = asIs,
): SpecWatcher {
  let timer: NodeJS.Timeout | undefined;
  let lastText = servedText;
  let closed = false;
  const reload = async () => {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // mid-swap; the next poll sees the new file
      log?.(`spec at ${file} failed to load (${(error as Error).message}); still serving the last good one`);
      return;
    }
    if (text === lastText || closed) return;
    lastText = text;
    try {
      apply(await fromDocument(prepare(JSON.parse(text) as Record<string, unknown>)));
      log?.(`spec reloaded from ${file}`);
    } catch (error) {
      log?.(`spec at ${file} failed to load (${(error as Error).message}); still serving the last good one`);
    }
  };
  const onStat = (current: Stats, previous: Stats) => {
    if (current.nlink === 0 && current.mtimeMs === 0) return; // gone for now
    if (current.mtimeMs === previous.mtimeMs && current.ino === previous.ino && current.size === previous.size) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), SETTLE_MS);
  };
  watchFile(file, { interval: pollMs, persistent: false }, onStat);
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      unwatchFile(file, onStat);
    },
  };
}
