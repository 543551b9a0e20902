// The providers this toolkit generates clients for, discovered from their declarations
// (`specs/<id>/toolkit.yaml`, read and checked by provider-declaration.ts): adding a provider is
// adding a folder. ProviderConfig is the declaration as the generator, docs and differ use it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { identifier, typeName } from "./names.js";
import { type ErrorFormat, type ProviderDeclaration, readDeclaration, type ResourceDeclaration } from "./provider-declaration.js";
import { formatProblem, relativeFile, SpecError } from "./spec-error.js";

export interface CredentialOption {
  /** Name of the client option, e.g. "apiKey". */
  option: string;
  /** Environment variable used when the option is not passed. */
  env?: string;
  description: string;
}

export interface ProviderConfig {
  id: string;
  /** Display name, e.g. "Telnyx". */
  name: string;
  /** Entry document, relative to the repository root. */
  entry: string;
  /** Name of the generated factory function, e.g. "createTelnyxClient". */
  factory: string;
  /** Variable name used for the client in docs examples. */
  clientVar: string;
  /** Default port of this provider's mock server (`npm run mock`). */
  mockPort: number;
  /** Environment variable that overrides the mock's port. */
  mockPortEnv: string;
  /** The error bodies its mock writes. */
  errorFormat: ErrorFormat;
  /** The resources its mock keeps, when declared as data (toolkit.yaml `mock.resources`). */
  mockResources?: ResourceDeclaration[];
  /** Our own rules on top of Redocly's (`strict`), or only what any valid document passes. */
  lint: "strict" | "standard";
  auth: {
    /** Sent as `Authorization: Bearer <value>`. */
    bearer?: CredentialOption;
    /** Sent as `Authorization: Basic base64(user:password)`. */
    basic?: { user: CredentialOption; password: CredentialOption };
    /** A Vonage application JWT minted per request (RS256) from an application id and private key. */
    jwtMint?: { applicationId: CredentialOption; privateKey: CredentialOption };
  };
  /** How the provider signs its webhooks, when it does: adds `client.webhooks.verify/unwrap`. */
  webhookSignature?: {
    scheme: "ed25519";
    signatureHeader: string;
    timestampHeader: string;
    publicKey: CredentialOption;
    /** Events delivered to webhook URLs that the spec models as schemas, not under `webhooks`. */
    extraEvents?: Array<{ name: string; type: string; description: string }>;
  };
}

/** The folder of every provider: `specs/<id>/`, where `<id>` is a lower-case name. */
export const SPECS_DIR = "specs";
const ID = /^[a-z][a-z0-9-]{0,31}$/;

/** Every `specs/<id>/toolkit.yaml` under `root`, in id order; throws SpecError for a broken one. */
export function discoverProviders(root: string): ProviderConfig[] {
  const specs = path.join(root, SPECS_DIR);
  if (!existsSync(specs)) return [];
  const ids = readdirSync(specs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && ID.test(entry.name) && existsSync(path.join(specs, entry.name, "toolkit.yaml")))
    .map((entry) => entry.name)
    .sort();
  const problems = [];
  const found: ProviderConfig[] = [];
  for (const id of ids) {
    const file = `${SPECS_DIR}/${id}/toolkit.yaml`;
    try {
      found.push(configFromDeclaration(id, readDeclaration(path.join(root, file), file)));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return found;
}

/** The configuration the generator works with, from a provider's declaration. */
export function configFromDeclaration(id: string, declared: ProviderDeclaration): ProviderConfig {
  const { webhookSignature } = declared;
  return {
    id,
    name: declared.name,
    entry: `${SPECS_DIR}/${id}/${declared.entry}`,
    factory: declared.client.factory,
    clientVar: declared.client.variable,
    mockPort: declared.mock.port,
    mockPortEnv: declared.mock.portEnv,
    errorFormat: declared.mock.errors,
    ...(declared.mock.resources ? { mockResources: declared.mock.resources } : {}),
    lint: declared.lint,
    auth: declared.auth,
    ...(webhookSignature ? { webhookSignature: signatureConfig(webhookSignature) } : {}),
  };
}

function signatureConfig(declared: NonNullable<ProviderDeclaration["webhookSignature"]>): NonNullable<ProviderConfig["webhookSignature"]> {
  const { extraEvents, ...signature } = declared;
  if (!extraEvents) return signature;
  return { ...signature, extraEvents: extraEvents.map((event) => ({ name: event.name, description: event.description, type: eventType(event) })) };
}

/** The TypeScript type of an extra webhook event: a schema of types.ts, in the `data` envelope or not. */
function eventType(event: { schema: string; envelope?: "data" }): string {
  const schema = `components["schemas"][${JSON.stringify(event.schema)}]`;
  return event.envelope === "data" ? `{ data: ${schema} }` : schema;
}

/** This repository's own providers. A broken declaration stops every command with its file:line:col. */
function ownProviders(): ProviderConfig[] {
  try {
    return discoverProviders(path.resolve(import.meta.dirname, ".."));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    process.stderr.write(`${error.problems.map(formatProblem).join("\n")}\n`);
    process.exit(1);
  }
}

export const providers: ProviderConfig[] = ownProviders();

/**
 * A provider for a spec given on the command line (`--spec FILE`), written without our
 * extensions: its id from the file name, its name from `info.title`, credentials from its
 * security schemes (HTTP bearer and basic; send other kinds with the `headers` option), RFC 7807
 * errors in the mock, and the standard lint. A broken or unreadable file is a SpecError.
 */
export function providerFromSpec(file: string, root: string, options: { id?: string; port?: number } = {}): ProviderConfig {
  const absolute = path.resolve(file);
  const shown = relativeFile(absolute);
  const document = readEntryDocument(absolute, shown);
  const id = options.id ?? idFromFile(absolute);
  if (!ID.test(id)) throw new SpecError([{ file: shown, rule: "toolkit/spec", message: `"${id}" is not a provider id (lower-case letters, digits and -, starting with a letter)` }]);
  const info = (document.info ?? {}) as { title?: unknown };
  const name = typeName(typeof info.title === "string" && /[A-Za-z]/.test(info.title) ? info.title : id).slice(0, 48);
  const env = id.toUpperCase().replaceAll("-", "_");
  return {
    id,
    name,
    entry: path.relative(root, absolute).split(path.sep).join("/"),
    factory: `create${name}Client`,
    clientVar: identifier(name.charAt(0).toLowerCase() + name.slice(1)),
    mockPort: options.port ?? 4010,
    mockPortEnv: `${env}_MOCK_PORT`,
    errorFormat: "problem+json",
    lint: "standard",
    auth: authFromSchemes(document, env),
  };
}

function idFromFile(file: string): string {
  const base = path.basename(file).replace(/\.(ya?ml|json)$/i, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const id = /^[a-z]/.test(base) ? base : `api-${base}`;
  return id.slice(0, 32).replace(/-+$/, "");
}

function readEntryDocument(file: string, shown: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError([{ file: shown, rule: "toolkit/spec", message: `cannot read the spec: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  try {
    // Only the entry document's info and security schemes are read here; the lint reports syntax.
    const parsed: unknown = file.endsWith(".json") ? JSON.parse(text) : (createRequire(import.meta.url)("yaml") as typeof Yaml).parse(text, { maxAliasCount: 100 });
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Client options for the spec's HTTP bearer and basic schemes, read from <ID>_TOKEN and the like. */
function authFromSchemes(document: Record<string, unknown>, env: string): ProviderConfig["auth"] {
  const schemes = Object.values(((document.components as Record<string, unknown> | undefined)?.securitySchemes ?? {}) as Record<string, { type?: string; scheme?: string }>);
  const has = (scheme: string) => schemes.some((s) => s?.type === "http" && s.scheme?.toLowerCase() === scheme);
  return {
    ...(has("bearer") ? { bearer: { option: "token", env: `${env}_TOKEN`, description: "Bearer token." } } : {}),
    ...(has("basic")
      ? {
          basic: {
            user: { option: "username", env: `${env}_USERNAME`, description: "User name for HTTP basic authentication." },
            password: { option: "password", env: `${env}_PASSWORD`, description: "Password for HTTP basic authentication." },
          },
        }
      : {}),
  };
}

/**
 * The providers a command run in `root` works on: those its specs/<id>/toolkit.yaml declare, and
 * this toolkit's own for ids the folder does not declare (a scratch copy of our specs without
 * their declarations, or a project that only generated clients). Throws SpecError for a broken
 * declaration.
 */
export function providersAt(root: string): ProviderConfig[] {
  const declared = discoverProviders(root);
  const ids = new Set(declared.map((p) => p.id));
  return [...declared, ...providers.filter((p) => !ids.has(p.id))].sort((a, b) => a.id.localeCompare(b.id));
}
