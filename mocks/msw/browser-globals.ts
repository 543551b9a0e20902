// A `process` global for the modules of Prism's mocker that read it when they load (the JSON
// schema faker's bundled ref parser checks `process.platform` and `process.browser`). Browsers
// have none; node's own is left alone. Imported first by handlers.ts, and by binding, not for
// its side effect alone: bundlers drop side-effect-only imports of a `sideEffects: false` package.
interface MinimalProcess {
  env: Record<string, string>;
  platform: string;
  browser: boolean;
  version: string;
  versions: Record<string, string>;
  cwd(): string;
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
}

function ensureProcess(): boolean {
  const global = globalThis as unknown as { process?: MinimalProcess };
  if (global.process !== undefined) return false;
  global.process = {
    env: {},
    platform: "browser",
    browser: true,
    version: "",
    versions: {},
    cwd: () => "/",
    nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
  };
  return true;
}

/** Whether this module had to provide `process` (true in browsers). */
export const PROCESS_SHIMMED = ensureProcess();
