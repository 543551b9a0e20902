// Prism's mocker requires @faker-js/faker when it loads, for its dynamic mode only, and that
// module builds every one of faker's 58 locales: about 0.6 s of a mock's start-up, before the
// first answer, for a library most runs never call (static examples are the default). This
// node-only module, imported before Prism's mocker, puts a stand-in in node's module cache under
// faker's path: its `faker` (and `default`) is a proxy that loads the real faker the first time
// anything is read from it, so a dynamic answer gets exactly the faker it always had, once, later.
// The other exports load the real module when read. Importing this after Prism's mocker changes
// nothing: the real faker is then already cached and is left alone.
import Module, { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Faker as Prism's generator resolves it (the copy next to prism-http, wherever npm put it). */
const fakerPath = createRequire(require.resolve("@stoplight/prism-http/dist/mocker/generator/JSONSchema.js")).resolve("@faker-js/faker");

type FakerModule = Record<string | symbol, unknown> & { faker: object };

let real: FakerModule | undefined;

/** The real module, loaded on first use; from then on node's cache holds it, not the stand-in. */
function realFaker(): FakerModule {
  if (real) return real;
  delete require.cache[fakerPath];
  real = require(fakerPath) as FakerModule;
  return real;
}

/** Every read, check or write on the instance goes to the real faker instance. */
const lazyInstance = new Proxy(
  {},
  {
    get: (_target, key) => Reflect.get(realFaker().faker, key),
    has: (_target, key) => Reflect.has(realFaker().faker, key),
    set: (_target, key, value) => Reflect.set(realFaker().faker, key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(realFaker().faker),
  },
);

function standIn(): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  Object.defineProperty(exports, "__esModule", { value: true });
  for (const name of ["faker", "default"]) Object.defineProperty(exports, name, { value: lazyInstance, enumerable: true });
  for (const name of ["Faker", "FakerError", "Gender"]) Object.defineProperty(exports, name, { get: () => realFaker()[name], enumerable: true });
  return exports;
}

if (require.cache[fakerPath] === undefined) {
  const stub = new Module(fakerPath);
  stub.filename = fakerPath;
  stub.loaded = true;
  stub.exports = standIn();
  require.cache[fakerPath] = stub;
}

/** True once something has used faker (a dynamic answer): for tests. */
export function fakerLoaded(): boolean {
  return real !== undefined;
}
