// `npm start [-- mock options]`: `npm run generate`, then `npm run mock` with the options given, in
// one process. Two npm and tsx start-ups (each a node that spawns another node) cost about as much
// as the generator's cache hit and the mocks together; here the generator runs in-process, finds
// nothing changed in a few tens of milliseconds, and the mocks start from the modules already
// loaded. Prints what the two commands print; exit codes are theirs (a broken spec stops before
// any mock starts, as `generate && mock` did). With --spec nothing is generated: that mock
// bundles its own file.
import { type CommandInfo, execute, launchingBin, runIfEntryPoint } from "./args.js";
import { catalog } from "./catalog.js";

export const command: CommandInfo = {
  name: "start",
  summary: catalog.start.summary,
};

function usageText(optionsText: string): string {
  const bin = launchingBin();
  return `Usage: ${bin ? `${bin} start [options]` : "npm start [-- options]"}

${command.summary}

Options (the mock command's; --provider also limits what is generated):

${optionsText}`;
}

export async function main(argv: string[]): Promise<number> {
  const mock = await import("./mock.js");
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(usageText(mock.optionsText()));
    return 0;
  }
  // Arguments the mock cannot parse: no generation, the mock says why (exit 2 with its usage).
  const requested = mock.requestedMocks(argv);
  if (requested && requested.spec === undefined) {
    const code = await generateFor(requested.providers);
    if (code !== 0) return code;
  }
  return mock.main(argv);
}

/** The generate command as `npm run generate [-- --provider id ...]` runs it, its failures printed alike. */
async function generateFor(providers: string[] | undefined): Promise<number> {
  const generate = await import("./generate.js");
  return execute(generate, (providers ?? []).flatMap((id) => ["--provider", id]));
}

runIfEntryPoint(import.meta.url, { command, main });
