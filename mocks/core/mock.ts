// One mock's shared parts, whatever front serves it: the spec being served, Prism, faults, the
// request log and, when stateful, the state engine on its virtual clock with the webhook sender.
// The node server (server.ts) and the MSW handlers (mocks/msw/) both build theirs here.
import { RequestLog } from "../control.js";
import { FaultInjector, type FaultConfig } from "../faults.js";
import type { MockProfile } from "../providers/index.js";
import { PrismAdapter } from "../prism/adapter.js";
import type { ServedSpec } from "../prism/served.js";
import { VirtualClock } from "../state/clock.js";
import { StateEngine } from "../state/engine.js";
import { examplesOf } from "../state/seed.js";
import { WebhookSender, type WebhookSenderOptions } from "../state/webhooks.js";
import type { CoreDeps, MockState } from "./context.js";

export interface CoreOptions {
  profile: MockProfile;
  spec: ServedSpec;
  log?: (line: string) => void;
  /** Latency and fault rate applied to every request (seeded, so runs repeat). */
  faults?: FaultConfig;
  /** Keep created resources and move their statuses on a virtual clock. */
  stateful?: boolean;
  /** Virtual seconds per real second (default 1; 0 freezes time except for explicit advances). */
  clockScale?: number;
  /** Where webhooks of resources without their own URL are sent. */
  webhookUrl?: string;
  /** Hosts webhooks may be sent to besides loopback ones. */
  webhookAllow?: string[];
  /** Hands webhooks to the caller instead of sending them (see WebhookSenderOptions). */
  onWebhook?: WebhookSenderOptions["onWebhook"];
  /** Objects to start with, by resource name (see `POST /__mock/fixtures`). */
  fixtures?: Record<string, unknown>;
  controlToken?: string;
  health?: () => Record<string, unknown>;
}

export interface MockCore {
  deps: CoreDeps;
  state?: MockState;
  /** Serve another version of the spec from the next request on (cached answers are dropped). */
  setSpec(spec: ServedSpec): void;
  /** Moves statuses that are due and sends their webhooks; a failure is logged, never thrown. */
  tick(): void;
}

export function createMockCore(options: CoreOptions): MockCore {
  let spec = options.spec;
  const prism = new PrismAdapter();
  const state = options.stateful ? startState(options, spec) : undefined;
  const deps: CoreDeps = {
    profile: options.profile,
    spec: () => spec,
    prism,
    faults: new FaultInjector(options.faults),
    requests: new RequestLog(),
    ...(options.log ? { log: options.log } : {}),
    ...(options.controlToken ? { controlToken: options.controlToken } : {}),
    ...(options.health ? { health: options.health } : {}),
    webhookAllow: options.webhookAllow ?? [],
    ...(state ? { state } : {}),
  };
  return {
    deps,
    ...(state ? { state } : {}),
    setSpec(next) {
      spec = next;
      prism.clear();
    },
    tick: () => (state ? tickSafely(state, options.log) : undefined),
  };
}

function startState(options: CoreOptions, spec: ServedSpec): MockState {
  const clock = new VirtualClock(options.clockScale ?? 1);
  const webhooks = new WebhookSender({ allowHosts: options.webhookAllow ?? [], ...(options.onWebhook ? { onWebhook: options.onWebhook } : {}) });
  const engine = new StateEngine(options.profile.resources, clock, webhooks, options.log ? { log: options.log } : {});
  engine.seed(examplesOf(spec.document, options.profile.resources));
  if (options.fixtures) engine.load(options.fixtures);
  engine.defaultWebhookUrl = options.webhookUrl;
  return { engine, clock, webhooks };
}

function tickSafely(state: MockState, log: ((line: string) => void) | undefined): void {
  try {
    state.engine.tick();
  } catch (error) {
    (log ?? ((line: string) => console.error(line)))(`state tick failed: ${(error as Error).message}`);
  }
}
