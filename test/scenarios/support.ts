// What every product scenario needs: a stateful mock with frozen time (only the test moves the
// clock), a loopback receiver for its webhooks, a fetch for the generated clients that checks
// every answer against the response schema the spec declares for its operation and status, and
// the documented status machines to check the statuses a scenario sees against.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";
import { escapePointer, loadProvider, SchemaValidator } from "../support/spec.js";

export interface ReceivedWebhook {
  body: string;
  headers: Record<string, string>;
}

/** A webhook receiver on 127.0.0.1 that keeps what it was sent. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private server: http.Server | undefined;
  url = "";

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.keep(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  private keep(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      this.received.push({ body, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])) });
      res.writeHead(200).end();
    });
  }

  /** Waits until `count` received webhooks pass `filter` (deliveries are asynchronous), and returns them. */
  async waitFor(filter: (hook: ReceivedWebhook) => boolean, count: number): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const mine = this.received.filter(filter);
      if (mine.length >= count) return mine;
      if (Date.now() > deadline) throw new Error(`expected ${count} webhooks, got ${mine.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

interface CompiledOperation {
  pattern: RegExp;
  route: string;
  method: string;
}

/**
 * Checks every answer the generated client receives against the spec: the operation is found by
 * method and path, the body validated against the response schema of its status (or the `4XX` /
 * `default` entry). Problems are collected; a scenario ends with `expect(problems).toEqual([])`.
 */
export class ResponseChecker {
  readonly problems: string[] = [];
  checked = 0;
  private readonly operations: CompiledOperation[];

  constructor(
    readonly validator: SchemaValidator,
    private readonly document: Record<string, unknown>,
  ) {
    const paths = document.paths as Record<string, Record<string, unknown>>;
    this.operations = Object.entries(paths).flatMap(([route, item]) =>
      Object.keys(item)
        .filter((method) => ["get", "post", "put", "patch", "delete"].includes(method))
        .map((method) => ({ route, method, pattern: new RegExp(`^${route.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`) })),
    );
    // Literal segments win over parameters (/porting_orders/exception_types over /porting_orders/{id}).
    const parameters = (operation: CompiledOperation) => operation.route.split("{").length;
    this.operations.sort((a, b) => parameters(a) - parameters(b));
  }

  /** The fetch to give a generated client: it answers as the mock did, after checking the body. */
  readonly fetch = async (request: Request): Promise<Response> => {
    const response = await fetch(request);
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("json")) return response;
    const text = await response.clone().text();
    this.check(request.method, new URL(request.url).pathname, response.status, text === "" ? undefined : JSON.parse(text));
    return response;
  };

  private check(method: string, pathname: string, status: number, body: unknown): void {
    const operation = this.operations.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(pathname));
    if (!operation) {
      this.problems.push(`${method} ${pathname}: no operation in the spec`);
      return;
    }
    const responses = ((this.document.paths as Record<string, Record<string, Record<string, unknown>>>)[operation.route]![operation.method]!.responses ?? {}) as Record<string, unknown>;
    const key = [String(status), `${String(status)[0]}XX`, "default"].find((candidate) => Object.hasOwn(responses, candidate));
    if (!key) {
      this.problems.push(`${method} ${pathname}: status ${status} is not declared`);
      return;
    }
    const pointer = `/paths/${escapePointer(operation.route)}/${operation.method}/responses/${key}/content/application~1json/schema`;
    this.checked++;
    const problem = this.validator.check(pointer, body);
    if (problem) this.problems.push(`${method} ${pathname} ${status}: ${problem}`);
  }
}

export interface Scenario {
  mock: RunningMock;
  hooks: WebhookReceiver;
  checker: ResponseChecker;
  validator: SchemaValidator;
  publicKey: string;
  /** Moves the mock's virtual clock forward. */
  advance(seconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function startScenario(id: "telnyx" | "vonage"): Promise<Scenario> {
  const hooks = new WebhookReceiver();
  await hooks.start();
  const mock = await startMock(id, { stateful: true, clockScale: 0 });
  const document = (await loadProvider(id)).spec.document as unknown as Record<string, unknown>;
  const validator = new SchemaValidator(document);
  const checker = new ResponseChecker(validator, document);
  await controlCall(mock, "POST", "/webhooks", { url: hooks.url });
  const { body } = await controlCall<{ publicKey: string }>(mock, "GET", "/webhooks");
  return {
    mock,
    hooks,
    checker,
    validator,
    publicKey: body.publicKey,
    async advance(seconds) {
      const answer = await controlCall(mock, "POST", "/clock", { advance: seconds });
      expect(answer.status).toBe(200);
    },
    async close() {
      await mock.close();
      await hooks.close();
    },
  };
}

/** The statuses a resource may move between, as the provider's guide documents them. */
export type Machine = Record<string, readonly string[]>;

/** Asserts each step of `seen` (consecutive duplicates dropped) is a documented transition, ending at `end`. */
export function expectWalk(machine: Machine, seen: string[], end: string): void {
  const walk = seen.filter((status, index) => status !== seen[index - 1]);
  for (let index = 1; index < walk.length; index++) {
    const from = walk[index - 1]!;
    expect(machine[from] ?? [], `${from} → ${walk[index]} in ${walk.join(" → ")}`).toContain(walk[index]);
  }
  expect(walk.at(-1)).toBe(end);
}

/** Reads a status after each clock step until it stops changing; returns every status seen. */
export async function followStatus(scenario: Scenario, read: () => Promise<string | undefined>, step: number, steps: number): Promise<string[]> {
  const seen = [String(await read())];
  for (let index = 0; index < steps; index++) {
    await scenario.advance(step);
    seen.push(String(await read()));
  }
  return seen;
}

/**
 * The provider's mock for one test file: started before its tests (`ready` then makes the
 * file's client), closed after them, and after each test no answer may have broken its schema.
 */
export function useScenario(id: "telnyx" | "vonage", ready: (scenario: Scenario) => void): void {
  let scenario: Scenario | undefined;
  beforeAll(async () => {
    scenario = await startScenario(id);
    ready(scenario);
  });
  afterAll(() => scenario?.close());
  afterEach(() => {
    expect(scenario?.checker.problems).toEqual([]);
  });
}

/** What `promise` rejects with, which must be a `type` (a test of an error answer). */
export async function rejectionOf<E>(promise: PromiseLike<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}
