// `npm run proxy -- --provider telnyx --target https://api.telnyx.com/v2`: the validating proxy
// in front of a provider's real API (a sandbox or test account), for CI. It runs until SIGINT,
// SIGTERM or `POST /__proxy/stop`, then writes the report and, with --ci, exits 1 if anything
// violated the spec.
import { CommandError, USAGE_ERROR, invocation, parseCommand, runIfEntryPoint, selectProviders, usage, type Command } from "./args.js";
import { catalog } from "./catalog.js";
import { profiles } from "../mocks/providers/index.js";
import { writeReport } from "../mocks/proxy/report.js";
import { REPORT_PATH, STOP_PATH, startProxy, type RunningProxy } from "../mocks/proxy/server.js";

export const command = {
  name: "proxy",
  summary: catalog.proxy.summary,
  options: {
    provider: { type: "string" },
    target: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    report: { type: "string" },
    record: { type: "string" },
    "keep-pii": { type: "boolean" },
    ci: { type: "boolean" },
    spec: { type: "string" },
  },
  help: {
    provider: { value: "id", text: `The provider whose curated spec is checked: ${Object.keys(profiles).join(", ")}. Required.` },
    target: { value: "url", text: "The real API's base URL, http or https, e.g. https://api.telnyx.com/v2. Required." },
    port: { value: "n", text: "Port to listen on (default 4020; 0 picks a free one)." },
    host: { value: "name", text: "Address to listen on (default 127.0.0.1)." },
    report: { value: "file", text: "Write the report at shutdown: FILE.md, FILE.xml (JUnit) and FILE.json; a FILE ending in .md, .xml or .json writes that format only." },
    record: { value: "dir", text: `Record the objects the stateful mock keeps as fixtures in DIR (${invocation("mock")} --fixtures DIR).` },
    "keep-pii": { text: "Keep phone numbers and e-mail addresses in recordings (masked by default)." },
    ci: { text: "Exit 1 at shutdown if any violation was seen." },
    spec: { value: "file", text: "Check against this bundled spec instead of generated/<provider>/openapi.json." },
  },
  exitCodes: [
    [0, "stopped; no violations (or --ci not given)"],
    [1, "stopped with violations and --ci, or the proxy could not start"],
    [2, "bad usage"],
  ],
} satisfies Command<Record<string, { type: "string" | "boolean" }>>;

const DEFAULT_PORT = 4020;

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(command, argv);
  if ("exit" in parsed) return parsed.exit;
  const values = parsed.values;
  if (!values.provider) throw usageError("--provider is required (telnyx or vonage).");
  const [profile] = withUsage(() => selectProviders(Object.values(profiles), [values.provider!]));
  const target = parseTarget(values.target);
  const port = parsePort(values.port);
  let stopRequested: () => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    stopRequested = () => resolve(`POST ${STOP_PATH}`);
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  let proxy: RunningProxy;
  try {
    proxy = await startProxy({
      profile: profile!,
      target,
      root: process.cwd(),
      port,
      ...(values.host ? { host: values.host } : {}),
      ...(values.spec ? { specFile: values.spec } : {}),
      ...(values.record ? { record: values.record } : {}),
      keepPii: values["keep-pii"] === true,
      log: (line) => console.log(line),
      onStop: () => stopRequested(),
    });
  } catch (error) {
    throw new CommandError(`proxy: cannot start: ${(error as Error).message.split("\n")[0]}`, 1);
  }
  console.log(`${profile!.name} validating proxy: ${proxy.url} -> ${new URL(target).origin}${new URL(target).pathname}`);
  console.log(`  report so far: GET ${proxy.url}${REPORT_PATH}; stop: SIGINT, SIGTERM or POST ${proxy.url}${STOP_PATH}`);
  if (proxy.recordingFile) console.log(`  recording to ${proxy.recordingFile}`);
  const signal = await stopped;
  await proxy.close();
  const data = proxy.report.data();
  const written = values.report ? writeReport(values.report, data) : [];
  const count = data.violations.length + data.omitted;
  console.log(`${signal}: ${data.exchanges} exchanges, ${count} distinct violations${written.length ? `; report: ${written.join(", ")}` : ""}`);
  return values.ci && count > 0 ? 1 : 0;
}

function parseTarget(value: string | undefined): string {
  if (!value) throw usageError("--target is required: the API's base URL, e.g. https://api.telnyx.com/v2.");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`--target ${value}: not a URL; give the API's base URL, e.g. https://api.telnyx.com/v2.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw usageError(`--target must be an http or https URL, not ${url.protocol}`);
  if (url.username || url.password) throw usageError("--target must not carry credentials; the client's own headers are forwarded.");
  if (url.search || url.hash) throw usageError("--target is a base URL: no query or fragment.");
  return url.toString();
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw usageError(`--port ${value}: a port is a whole number from 0 to 65535.`);
  return port;
}

/** A usage error: the problem, then the usage, exit 2. */
function usageError(message: string): CommandError {
  return new CommandError(`${message}\n\n${usage(command)}`, USAGE_ERROR);
}

function withUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof CommandError && error.exitCode === USAGE_ERROR ? usageError(error.message) : error;
  }
}

runIfEntryPoint(import.meta.url, { command, main });
