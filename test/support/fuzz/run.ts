// The fuzz properties, shared by the test suite (small fixed budget) and `npm run fuzz` (long
// runs): for each operation, one fast-check property whose runs send a valid request and a mutated
// one to a running mock and judge both answers. Each operation's seed is derived from the run's
// seed and the operation, so a failure replays with the same --seed (and --operation, --path).
import fc from "fast-check";
import { send } from "./http.js";
import { POLLUTION_FIELD } from "./hostile.js";
import { mutationArbitrary } from "./mutations.js";
import type { FuzzOperation, FuzzSpec } from "./operations.js";
import { RequestOracle } from "./oracle.js";
import { toWire, validRequestArbitrary, type FuzzRequest } from "./requests.js";
import { SpecSchemas } from "./schemas.js";
import { describeProblem, excerpt, judge, type Outcome } from "./verdict.js";

export type FuzzMode = "stateless" | "stateful";

export interface FuzzTarget {
  baseUrl: string;
  mode: FuzzMode;
  /** Puts a stateful mock back to its starting data, so each run sees the same state. */
  reset?: () => void | Promise<void>;
}

export interface FuzzOptions {
  seed: number;
  /** fast-check runs per operation; each run sends two requests. */
  runsPerOperation: number;
  /** Only operations whose key ("POST /10dlc/brand") contains this. */
  operation?: string;
  /** A fast-check replay path, with `operation`, to rerun one failure. */
  path?: string;
  /** Shrink failures to a smaller counterexample (more requests; off for the test budget). */
  shrink?: boolean;
}

export interface FuzzFailure {
  operation: string;
  mode: FuzzMode;
  seed: number;
  path: string;
  report: string;
}

export interface FuzzSummary {
  requests: number;
  byStatusClass: Record<string, number>;
  byOutcome: Record<Outcome, number>;
  /** Requests the generator meant as valid but the oracle did not, and mutations that stayed valid. */
  misclassified: { validBecameInvalid: number; mutationStayedValid: number };
  operations: number;
  failures: FuzzFailure[];
}

export class Fuzzer {
  private readonly schemas: SpecSchemas;
  private readonly oracle: RequestOracle;
  readonly summary: FuzzSummary;

  constructor(private readonly spec: FuzzSpec) {
    this.schemas = new SpecSchemas(spec.document);
    this.oracle = new RequestOracle(spec, this.schemas);
    this.summary = {
      requests: 0,
      byStatusClass: {},
      byOutcome: { accepted: 0, rejected: 0, "state-rejected": 0, failed: 0 },
      misclassified: { validBecameInvalid: 0, mutationStayedValid: 0 },
      operations: 0,
      failures: [],
    };
  }

  async run(target: FuzzTarget, options: FuzzOptions): Promise<FuzzSummary> {
    const operations = this.spec.operations.filter((op) => options.operation === undefined || op.key.includes(options.operation));
    for (const operation of operations) {
      this.summary.operations++;
      const failure = await this.runOperation(target, options, operation);
      if (failure) this.summary.failures.push(failure);
    }
    return this.summary;
  }

  private async runOperation(target: FuzzTarget, options: FuzzOptions, operation: FuzzOperation): Promise<FuzzFailure | undefined> {
    const context = { spec: this.spec, preferExampleIds: target.mode === "stateful" };
    const valid = validRequestArbitrary(context, operation);
    const cases = fc.record({ valid, invalid: mutationArbitrary(this.spec, operation, valid) });
    const seed = operationSeed(options.seed, target.mode, operation.key);
    const property = fc.asyncProperty(cases, async ({ valid: request, invalid }) => {
      await target.reset?.();
      const failures = [...(await this.exchange(target, operation, request, "valid")), ...(await this.exchange(target, operation, invalid.request, `mutated (${invalid.mutation})`))];
      if (failures.length > 0) throw new Error(failures.join("\n"));
    });
    const details = await fc.check(property, {
      seed,
      numRuns: options.runsPerOperation,
      endOnFailure: !options.shrink,
      ...(options.path ? { path: options.path } : {}),
    });
    if (!details.failed) return undefined;
    const counterexample = details.counterexample?.[0] as { valid: FuzzRequest; invalid: { request: FuzzRequest; mutation: string } } | undefined;
    const errorText = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const report = [
      `${target.mode} ${operation.key}: seed ${seed}, path "${details.counterexamplePath}" (replay: npm run fuzz -- --seed ${options.seed} --operation "${operation.key}" --path "${details.counterexamplePath}" --${target.mode})`,
      errorText,
      `valid request: ${describeRequest(counterexample?.valid, operation)}`,
      `mutated request (${counterexample?.invalid.mutation}): ${describeRequest(counterexample?.invalid.request, operation)}`,
    ].join("\n");
    return { operation: operation.key, mode: target.mode, seed, path: details.counterexamplePath ?? "", report };
  }

  /** Sends one request and returns what is wrong with the answer (nothing when it is right). */
  private async exchange(target: FuzzTarget, operation: FuzzOperation, request: FuzzRequest, label: "valid" | string): Promise<string[]> {
    const problems = this.oracle.problems(operation, request);
    if (label === "valid" && problems.length > 0) this.summary.misclassified.validBecameInvalid++;
    if (label !== "valid" && problems.length === 0) this.summary.misclassified.mutationStayedValid++;
    const exchange = await send(target.baseUrl, toWire(request, operation));
    const verdict = judge({ spec: this.spec, schemas: this.schemas, operation, problems, exchange, stateful: target.mode === "stateful" });
    this.summary.requests++;
    const statusClass = verdict.status === undefined ? "no answer" : `${String(verdict.status)[0]}xx`;
    this.summary.byStatusClass[statusClass] = (this.summary.byStatusClass[statusClass] ?? 0) + 1;
    this.summary.byOutcome[verdict.outcome]++;
    const failures = [...verdict.failures];
    // A hostile key that reached Object.prototype shows up on every object of the process
    // (the mock runs in this process in the test and in `npm run fuzz`).
    if ((Object.prototype as Record<string, unknown>)[POLLUTION_FIELD] !== undefined) {
      delete (Object.prototype as Record<string, unknown>)[POLLUTION_FIELD];
      failures.push("Object.prototype was polluted by a hostile key in the request");
    }
    const expectation = problems.length === 0 ? "valid per the spec" : `invalid per the spec: ${problems.slice(0, 4).map(describeProblem).join("; ")}`;
    return failures.map((failure) => `${label} request, ${expectation}\n  → ${failure}`);
  }
}

/** A per-operation seed: stable for a given run seed, different across operations and modes. */
export function operationSeed(seed: number, mode: FuzzMode, key: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${mode} ${key}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash ^ seed) | 0;
}

function describeRequest(request: FuzzRequest | undefined, operation: FuzzOperation): string {
  if (!request) return "(none)";
  const wire = toWire(request, operation);
  const body = wire.body ? ` body ${excerpt(wire.body.toString("utf8"), 600)}` : "";
  const headers = Object.entries(wire.headers)
    .filter(([name]) => name !== "accept")
    .map(([name, value]) => `${name}: ${excerpt(value, 80)}`)
    .join(", ");
  return `${wire.method} ${excerpt(wire.path, 300)} [${headers}]${body}`;
}
