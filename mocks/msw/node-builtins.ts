// What a browser bundle gives the node builtins Prism's modules import but the mock never calls:
// its forwarder (url, path, net, tls, http, https, events, assert, through the proxy agents), a
// dereferencer its mocker's faker carries (fs, http, https, url), seedrandom's optional node
// crypto (left without randomBytes, so it seeds from WebCrypto). The mock never proxies and never reads files, so these only have to load: classes
// other modules extend at load time, and functions that say what is missing if ever called.
// bundling.ts has the aliases that point a bundler here.

function unavailable(name: string): (...args: unknown[]) => never {
  return () => {
    throw new Error(`${name} is not available in the browser mock (only the node mock forwards requests or reads files).`);
  };
}

/** agent-base extends it when it loads. */
export class EventEmitter {
  on(): this {
    return this;
  }
  once(): this {
    return this;
  }
  off(): this {
    return this;
  }
  emit(): boolean {
    return false;
  }
}

/** The proxy agents extend it when they load. */
export class Agent extends EventEmitter {}

/** mime-types reads `path.extname` when it loads (and calls it only for file names). */
export function extname(path: string): string {
  const match = /(\.[^./\\]*)$/.exec(path.replace(/[/\\]+$/, ""));
  return match && match[1] !== "." ? match[1]! : "";
}

export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
export const parse = unavailable("url.parse");
export const format = unavailable("url.format");
export const resolve = unavailable("url.resolve");
export const request = unavailable("http.request");
export const get = unavailable("http.get");
export const connect = unavailable("net.connect");
export const readFile = unavailable("fs.readFile");
export const type = () => "Browser";
export const arch = () => "";
export const release = () => "";
export const inspect = (value: unknown) => String(value);
export const inherits = unavailable("util.inherits");
export const ok = unavailable("assert.ok");

const builtins = { EventEmitter, Agent, extname, URL, URLSearchParams, parse, format, resolve, request, get, connect, readFile, type, arch, release, inspect, inherits, ok };
export default builtins;
