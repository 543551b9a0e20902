// What `mock --spec FILE` and declared providers without code of their own are served from: a
// spec bundled the way the generator bundles it (Redocly, $refs across files inlined), written as
// one JSON file the mock server loads and watches. For --spec, the source is watched too: a save
// re-bundles it, and the server picks the new version up on its next poll.
import { createHash } from "node:crypto";
import { mkdirSync, unwatchFile, watchFile, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BaseResolver } from "@redocly/openapi-core";
import type { ProviderConfig } from "../codegen/providers.js";
import { SpecError } from "../codegen/spec-error.js";
import { declaredProfile, profiles, type MockProfile } from "../mocks/providers/index.js";

/** The profile of a declared provider: its own folder's code when it has one, else the declared one. */
export function profileOf(provider: ProviderConfig, specFile = `generated/${provider.id}/openapi.json`): MockProfile {
  if (Object.hasOwn(profiles, provider.id)) return profiles[provider.id]!;
  return declaredProfile({
    id: provider.id,
    name: provider.name,
    specFile,
    port: provider.mockPort,
    portEnv: provider.mockPortEnv,
    errorFormat: provider.errorFormat,
    ...(provider.mockResources ? { resources: provider.mockResources } : {}),
  });
}

export interface BundledSpec {
  /** Absolute path of the bundled JSON the server loads. */
  file: string;
  /** Stops watching the source. */
  stop(): void;
}

/**
 * Bundles `entry` into a JSON file under the system's temporary folder (named by the entry's
 * path, so two mocks of two specs do not share one) and keeps it current while the source changes.
 * A spec that cannot be bundled is a SpecError with file:line:col; a later broken save is
 * reported through `log` and the last good version stays served.
 */
export async function bundleForMock(entry: string, log: (line: string) => void, firstResolver?: BaseResolver): Promise<BundledSpec> {
  const absolute = path.resolve(entry);
  const dir = path.join(os.tmpdir(), "telecom-openapi-toolkit-mock", createHash("sha256").update(absolute).digest("hex").slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "openapi.json");
  // Loaded here, not with the module: a mock of the providers' own bundled specs needs neither
  // Redocly's bundler nor the example synthesizer, and the profiles above are imported by every mock.
  const [{ loadSpec }, { synthesizeExamples }] = await Promise.all([import("../codegen/load.js"), import("../mocks/prism/synthesize.js")]);
  // Public specs often have no examples: the mock's answers are made from the schemas (synthesize.ts).
  const write = async (resolver?: BaseResolver) =>
    writeFileSync(file, `${JSON.stringify(synthesizeExamples((await loadSpec(absolute, resolver)).document as unknown as Record<string, unknown>), null, 2)}\n`);
  // The first bundle may reuse the files the lint parsed; a save is read afresh.
  await write(firstResolver);
  const rebundle = () => {
    write().then(
      () => log(`${path.relative(process.cwd(), absolute)} changed; re-bundled`),
      (error: unknown) => log(`${path.relative(process.cwd(), absolute)} changed but cannot be bundled, still serving the last version: ${error instanceof SpecError ? error.message : (error as Error).message}`),
    );
  };
  watchFile(absolute, { interval: 500 }, (now, before) => {
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) rebundle();
  });
  return { file, stop: () => unwatchFile(absolute) };
}
