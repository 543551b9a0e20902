// `npm run mock [-- options]`: both providers' mocks (or those named with --provider), stateful
// by default. `--help` lists the options (see usageText). Prints "Mocks ready" once every server
// listens; SIGINT/SIGTERM close them and exit 0. A bad option is exit code 2 with the reason and
// the usage, never a stack trace.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDocument } from "yaml";
import { type CommandInfo, invocation, runIfEntryPoint, USAGE_ERROR } from "./args.js";
import { catalog } from "./catalog.js";
import type { FaultConfig } from "../mocks/faults.js";
import { isLoopbackHostname } from "../mocks/http/host.js";
import { discoverProviders, providerFromSpec } from "../codegen/providers.js";
import { profiles, type MockProfile } from "../mocks/providers/index.js";
import { profileOf } from "./mock-spec.js";
import { loadRecordingsByProvider, RecordingError } from "../mocks/proxy/fixtures.js";
import { ClockError } from "../mocks/state/clock.js";
import { FixtureError } from "../mocks/state/engine.js";
import { checkWebhookTarget } from "../mocks/state/webhooks.js";
import { DEFAULT_LIMITS } from "../mocks/http/limits.js";
import type { MockServerOptions, RunningMock } from "../mocks/server.js";

export const command: CommandInfo = {
  name: "mock",
  summary: catalog.mock.summary,
};

function usageText(): string {
  return `Usage: ${invocation("mock")} [options]

${command.summary}

${optionsText()}`;
}

/** The options and what they do; `npm start` takes the same ones and lists them too. */
export function optionsText(): string {
  return `Servers
  --provider <id>           telnyx, vonage or another provider declared in specs/<id>/toolkit.yaml
                            (repeatable; default all)
  --spec <file>             serve any OpenAPI 3.0/3.1 document instead (YAML or JSON, re-read on save):
                            stateless, RFC 7807 errors
  --port <n>                port of the one mock started (with --spec, or a single --provider)
  --telnyx-port <n>         default 4010 (env TELNYX_MOCK_PORT)
  --vonage-port <n>         default 4011 (env VONAGE_MOCK_PORT)
  --host <address>          interface to listen on (default 127.0.0.1, env MOCK_HOST); a non-loopback
                            address such as 0.0.0.0 exposes the mock and serves every Host name
  --quiet                   no per-request log lines

State
  --stateless               plain Prism answers, nothing kept
  --clock-scale <x>         virtual seconds per real second (default 1, 0 freezes, at most 1000000)
  --fixtures <file.json|dir> starting data: {"telnyx": {"brand": [...]}, "vonage": {...}}, or a folder recorded
                            by ${invocation("proxy")} --record DIR
  --webhook-url <url>       default webhook target (loopback or a --webhook-allow host)
  --webhook-allow <h[,h]>   hosts webhooks may be sent to besides loopback

Faults
  --latency <ms|min-max>    added latency (env MOCK_LATENCY)
  --fault-rate <0..1>       share of requests that fail (env MOCK_FAULT_RATE)
  --seed <n>                seed of the fault generator (env MOCK_SEED)

Security and limits
  --cors-origin <o[,o]>     browser origins besides loopback ones allowed on /__mock/*
  --allow-host <h[,h]>      Host names besides loopback ones that are served
  --control-token <token>   /__mock/* needs Authorization: Bearer <token> or X-Mock-Token
                            (env MOCK_CONTROL_TOKEN)
  --header-timeout <t>      request headers must arrive within t (default ${DEFAULT_LIMITS.headersTimeoutMs / 1000}s; "500ms", "10s", or ms)
  --request-timeout <t>     the whole request must arrive within t (default ${DEFAULT_LIMITS.requestTimeoutMs / 1000}s)
  --max-connections <n>     open connections at most (default ${DEFAULT_LIMITS.maxConnections})
  --max-body <bytes>        larger bodies get a 413 (default ${DEFAULT_LIMITS.maxBodyBytes})

  -h, --help                this text
`;
}

class UsageError extends Error {}

const OPTIONS = {
  provider: { type: "string", multiple: true },
  spec: { type: "string" },
  port: { type: "string" },
  "telnyx-port": { type: "string" },
  "vonage-port": { type: "string" },
  host: { type: "string" },
  quiet: { type: "boolean", default: false },
  latency: { type: "string" },
  "fault-rate": { type: "string" },
  seed: { type: "string" },
  stateless: { type: "boolean", default: false },
  "clock-scale": { type: "string" },
  fixtures: { type: "string" },
  "webhook-url": { type: "string" },
  "webhook-allow": { type: "string", multiple: true },
  "cors-origin": { type: "string", multiple: true },
  "allow-host": { type: "string", multiple: true },
  "control-token": { type: "string" },
  "header-timeout": { type: "string" },
  "request-timeout": { type: "string" },
  "max-connections": { type: "string" },
  "max-body": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The mocks the arguments ask for, or undefined when they do not parse (main says why). */
export function requestedMocks(argv: string[]): { spec?: string; providers?: string[] } | undefined {
  try {
    const values = parseCommandLine(argv);
    return { ...(values.spec !== undefined ? { spec: values.spec } : {}), ...(values.provider ? { providers: values.provider } : {}) };
  } catch {
    return undefined;
  }
}

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    // parseArgs throws TypeErrors with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION: a usage error.
    throw new UsageError((error as Error).message);
  }
}

/** Starts the mocks; resolves 0 once they listen (they keep the process alive), or the exit code of a failure. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await serve(argv);
  } catch (error) {
    return explainFailure(error);
  }
}

async function serve(argv: string[]): Promise<number> {
  const values = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(usageText());
    return 0;
  }
  const clockScale = values["clock-scale"] === undefined ? 1 : parseClockScale(values["clock-scale"]);
  const fixtures = values.fixtures ? readFixturesOrRecordings(values.fixtures) : undefined;
  const faults = parseFaultConfig(values.latency ?? process.env.MOCK_LATENCY, values["fault-rate"] ?? process.env.MOCK_FAULT_RATE, values.seed ?? process.env.MOCK_SEED);
  const selected = await selectMocks(values.spec, values.provider);
  if (values.port !== undefined && selected.length !== 1) throw new UsageError("--port names the port of one mock: use it with --spec or a single --provider.");
  const host = values.host ?? process.env.MOCK_HOST ?? "127.0.0.1";
  const flagPorts: Record<string, string | undefined> = { telnyx: values["telnyx-port"], vonage: values["vonage-port"] };
  const controlToken = values["control-token"] ?? process.env.MOCK_CONTROL_TOKEN;
  if (controlToken !== undefined && controlToken.trim() === "") throw new UsageError("--control-token (or MOCK_CONTROL_TOKEN) must not be empty.");
  const shared: Partial<MockServerOptions> = {
    host,
    faults,
    stateful: !values.stateless,
    clockScale,
    corsOrigins: list(values["cors-origin"]),
    allowHosts: list(values["allow-host"]),
    webhookAllow: list(values["webhook-allow"]),
    ...(controlToken ? { controlToken } : {}),
    ...(values["webhook-url"] ? { webhookUrl: values["webhook-url"] } : {}),
    ...optionalNumber("headersTimeoutMs", values["header-timeout"], "--header-timeout", parseDuration),
    ...optionalNumber("requestTimeoutMs", values["request-timeout"], "--request-timeout", parseDuration),
    ...optionalNumber("maxConnections", values["max-connections"], "--max-connections", parseCount),
    ...optionalNumber("maxBodyBytes", values["max-body"], "--max-body", parseCount),
  };
  if (values["webhook-url"]) {
    const refused = checkWebhookTarget(values["webhook-url"], shared.webhookAllow ?? []);
    if (refused) throw new UsageError(`--webhook-url ${values["webhook-url"]}: ${refused}`);
  }
  for (const origin of shared.corsOrigins ?? []) {
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) throw new UsageError(`--cors-origin takes origins like https://app.example.com:8443, not "${origin}".`);
  }

  const running: RunningMock[] = [];
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping mock servers.`);
    await Promise.allSettled(running.map((mock) => mock.close()));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  // Last line of defence only: every input is validated where it enters. Should a defect still
  // throw outside a request, say so and keep the other requests and the other mock served.
  process.on("uncaughtException", (error) => console.error(`mock: unexpected error, still serving: ${error.message}`));
  process.on("unhandledRejection", (error) => console.error(`mock: unexpected error, still serving: ${(error as Error)?.message ?? String(error)}`));

  try {
    for (const profile of selected) {
      const port = parsePort(values.port ?? flagPorts[profile.id] ?? process.env[profile.portEnv], profile);
      const root = specRoot(profile);
      const mock = await startOne(
        {
          profile,
          port,
          root,
          ...shared,
          ...(fixtures?.[profile.id] !== undefined ? { fixtures: fixtures[profile.id] as Record<string, unknown> } : {}),
          log: values.quiet ? undefined : (line) => console.log(`[${profile.id}] ${line}`),
        },
        values.fixtures,
      );
      running.push(mock);
      console.log(`${profile.name} mock: ${mock.url}  (also under ${mock.url}${mock.basePath})`);
      console.log(`  spec: ${values.spec ?? path.relative(process.cwd(), path.resolve(root, profile.specFile))}`);
      console.log(`  try: ${profile.sampleCurl(mock.url)}`);
      console.log(`  control: ${mock.url}/__mock/ (${values.stateless ? "stateless" : `stateful, clock x${clockScale}`}${controlToken ? ", token required" : ""})`);
    }
  } catch (error) {
    // A later mock that cannot start must not leave the earlier ones listening.
    await Promise.allSettled(running.map((mock) => mock.close()));
    throw error;
  }
  if (!isLoopbackHostname(host) && !controlToken) {
    console.log(`  note: listening on ${host} exposes the control API to the network; set --control-token to guard it.`);
  }
  console.log("Mocks ready. Ctrl+C stops them.");
  return 0;
}

/**
 * The mocks to start: the one of --spec; else every provider with a folder of its own here
 * (telnyx, vonage) and every one declared in the working folder's specs/<id>/toolkit.yaml, or
 * those named with --provider.
 */
async function selectMocks(spec: string | undefined, named: string[] | undefined): Promise<MockProfile[]> {
  if (spec !== undefined) {
    if (named) throw new UsageError("Use --spec or --provider, not both.");
    const provider = providerFromSpec(spec, process.cwd());
    // The standard lint first: it refuses $refs outside the spec's folder, alias bombs and files
    // Redocly cannot read, with file:line:col, before anything is bundled.
    // One resolver for both: each file is read and parsed once, as in generate. Redocly (lint and
    // bundler) is loaded here only: the providers' mocks serve specs generate already bundled.
    const [{ specResolver, validateSpec }, { bundleForMock }] = await Promise.all([import("../codegen/validate.js"), import("./mock-spec.js")]);
    const resolver = await specResolver();
    await validateSpec(path.resolve(spec), resolver, "standard");
    const bundled = await bundleForMock(spec, (line) => console.log(`[${provider.id}] ${line}`), resolver);
    return [profileOf(provider, bundled.file)];
  }
  const declared = discoverProviders(process.cwd()).map((provider) => profileOf(provider));
  const all = new Map<string, MockProfile>([...Object.values(profiles), ...declared].map((profile) => [profile.id, profile]));
  if (!named) return [...all.values()];
  return named.map((id) => {
    const profile = all.get(id);
    if (!profile) throw new UsageError(`Unknown provider "${id}". Known: ${[...all.keys()].join(", ")}`);
    return profile;
  });
}

/** The folder holding this toolkit: the repository, or node_modules/telecom-openapi-toolkit once installed. */
const TOOLKIT_ROOT = path.resolve(import.meta.dirname, "..");

/**
 * Where the provider's bundled spec is read: the working folder when it has one (a clone, or a
 * project that generated its own), otherwise the toolkit's own copy, so that
 * `npx telecom-openapi-toolkit mock` serves the curated specs in any project.
 */
function specRoot(profile: MockProfile): string {
  return existsSync(path.resolve(profile.specFile)) ? process.cwd() : TOOLKIT_ROOT;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
}

function optionalNumber<K extends string>(key: K, value: string | undefined, flag: string, parse: (value: string, flag: string) => number): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: parse(value, flag) } as Record<K, number>);
}

/** "500ms", "10s" or a number of milliseconds; at least 100 ms, at most an hour. */
function parseDuration(value: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * (match[2] === "s" ? 1000 : 1) : NaN;
  if (!(ms >= 100 && ms <= 3_600_000)) throw new UsageError(`${flag} takes a duration from 100ms to 3600s (e.g. "10s" or "500ms"), not "${value}".`);
  return Math.round(ms);
}

function parseCount(value: string, flag: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || count < 1 || !Number.isSafeInteger(count)) throw new UsageError(`${flag} takes a whole number of at least 1, not "${value}".`);
  return count;
}

/** A plain decimal from 0 to 1,000,000 ("", "0x10" and "1e3" are refused rather than read oddly). */
function parseClockScale(value: string): number {
  const scale = /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(scale >= 0 && scale <= 1_000_000)) throw new UsageError(`--clock-scale takes a number from 0 to 1000000, not "${value}".`);
  return scale;
}

/**
 * Starts one mock; what the state layer refuses at start (a fixture it cannot load, a clock it
 * cannot run) is the user's input, so it is a usage error naming the file, not a stack trace.
 */
async function startOne(options: MockServerOptions, fixturesFile: string | undefined): Promise<RunningMock> {
  const { startMockServer } = await loadServer();
  try {
    return await startMockServer(options);
  } catch (error) {
    if (error instanceof FixtureError) throw new UsageError(`${fixturesFile ?? "fixtures"}: ${error.message} (in "${options.profile.id}")`);
    if (error instanceof ClockError) throw new UsageError(`--clock-scale: ${error.message}`);
    throw error;
  }
}

/**
 * The server, loaded once faker's stand-in is in place (mocks/prism/defer-faker.ts). A static
 * import would do where the sources run as they are, but the commands also run from a bundle
 * (commands/bundling.js), and a bundle evaluates the packages it imports (Prism's mocker, which
 * requires faker) before any of its own code: the server's chunk, loaded here, comes after.
 */
async function loadServer(): Promise<typeof import("../mocks/server.js")> {
  await import("../mocks/prism/defer-faker.js");
  return import("../mocks/server.js");
}

/** `--fixtures` names a fixtures file, or a folder of recordings made by `npm run proxy -- --record DIR`. */
function readFixturesOrRecordings(file: string): Record<string, unknown> {
  if (!isDirectory(file)) return readFixtures(file);
  try {
    return loadRecordingsByProvider(file);
  } catch (error) {
    if (error instanceof RecordingError) throw new UsageError(error.message);
    throw error;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // readFixtures says why the file cannot be read
  }
}

/**
 * A fixtures file: `{ "telnyx": { "brand": [...] }, "vonage": { "brand": [...] } }`. Its shape
 * per resource is checked by the state engine when the mock starts (see startOne).
 */
function readFixtures(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read fixtures from ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let fixtures: unknown;
  try {
    fixtures = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}${jsonErrorPosition(text)}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  if (typeof fixtures !== "object" || fixtures === null || Array.isArray(fixtures)) {
    throw new UsageError(`${file}: fixtures must be a JSON object keyed by provider, e.g. {"telnyx": {"brand": [...]}}.`);
  }
  for (const key of Object.keys(fixtures)) {
    if (!Object.hasOwn(profiles, key)) throw new UsageError(`${file}: unknown provider "${key}"; known: ${Object.keys(profiles).join(", ")}.`);
  }
  // One file may serve runs of either provider: the fixtures of a provider not started are not loaded.
  return fixtures as Record<string, unknown>;
}

/** ":line:col" of a JSON syntax error (Node 20's JSON.parse does not say where), or "". */
function jsonErrorPosition(text: string): string {
  const position = parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0];
  return position ? `:${position.line}:${position.col}` : "";
}

function parseFaultConfig(latency: string | undefined, rate: string | undefined, seed: string | undefined): FaultConfig {
  const config: FaultConfig = {};
  if (latency) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(latency.trim());
    if (!match) throw new UsageError(`--latency takes milliseconds or a range like 50-200, not "${latency}".`);
    const min = Number(match[1]);
    config.latency = [min, match[2] === undefined ? min : Number(match[2])];
  }
  if (rate) {
    const value = Number(rate);
    if (!(value >= 0 && value <= 1)) throw new UsageError(`--fault-rate takes a number from 0 to 1, not "${rate}".`);
    config.rate = value;
  }
  if (seed) {
    if (!/^\d+$/.test(seed)) throw new UsageError(`--seed takes a whole number, not "${seed}".`);
    config.seed = Number(seed);
  }
  return config;
}

function parsePort(value: string | undefined, profile: MockProfile): number {
  if (value === undefined || value === "") return profile.defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`Invalid port for ${profile.id}: "${value}" (use --${profile.id}-port or ${profile.portEnv}).`);
  }
  return port;
}

/** What the user is told when the mocks cannot start: the reason (with the usage for bad input), never a stack. */
function explainFailure(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usageText()}`);
    return USAGE_ERROR;
  }
  const err = error as NodeJS.ErrnoException;
  if (err.code === "EADDRINUSE") console.error(`Port already in use: ${err.message}. Pick another with --telnyx-port/--vonage-port.`);
  else console.error(`mock: ${err.message ?? String(error)}`);
  return 1;
}

runIfEntryPoint(import.meta.url, { command, main });
