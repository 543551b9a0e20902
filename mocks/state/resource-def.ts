// The shape of a resource the stateful mocks keep. The engine is generic: everything a provider
// does its own way (how an id is made, how a list page is written, how a 404 is worded, what a
// webhook body looks like, which fields carry timestamps) is a field or hook of the definition,
// written in the provider's folder under mocks/providers/.
import type { Json } from "./data.js";

export type { Json } from "./data.js";

export interface Transition {
  /** Virtual seconds after the lifecycle started. */
  after: number;
  /** Fields to set (dot paths allowed). */
  set: Record<string, unknown>;
  /** A webhook to send when this transition happens. */
  webhook?: string;
}

/** What a list answer holds, for the provider's page metadata. */
export interface PageInfo {
  page: number;
  size: number;
  total: number;
  totalPages: number;
}

/** Words of an error the engine reports, before the provider's error body wraps them. */
export interface Wording {
  title: string;
  detail: string;
}

/** The provider's conventions, shared by its resources; each has a neutral default in the engine. */
export interface ResourceHooks {
  /** Items field of a list answer when the operation's x-pagination names none. */
  listItems?: string;
  /** Writes the provider's page metadata (page number, size, totals) into a list answer. */
  page?(envelope: Json, info: PageInfo): void;
  /** Fields stamped with the creation time and with the time of every change. */
  timestamps?: { created: readonly string[]; updated: readonly string[] };
  /** The 404 for an id that matches nothing, naming the id the client sent. */
  notFound?(resource: ResourceDef, id: string): Wording;
  /** The error for a parent (brand of a campaign...) that does not exist. */
  missingParent?(parent: ResourceDef, id: string | undefined, key: string): Wording;
  /** The provider's webhook body for `event` about `object`; `now` is virtual time. */
  webhookPayload?(event: string, object: Json, context: { url: string; now: number }): unknown;
  /** The provider's signature headers for a webhook body (see WebhookSigner in webhooks.ts). */
  signWebhook?: WebhookSigner;
}

/**
 * Signature headers for one delivery attempt: the provider chooses what is signed (its own
 * message format over the body) and under which header names; `sign` makes an Ed25519
 * signature, base64, with the key whose public half the control API serves.
 */
export type WebhookSigner = (body: string, sign: (message: string) => string) => Record<string, string>;

export interface ResourceDef extends ResourceHooks {
  /** Internal name: fixtures and GET /__mock/state use it. */
  name: string;
  /** The resource as users call it ("brand", "porting order"), for messages. */
  label: string;
  /** `METHOD /template` creating the resource. */
  create?: string;
  /** GET template listing the resources (may be the create path). */
  list?: string;
  /** Template of the single resource; its last path parameter is the id. */
  item: string;
  /** Field holding the id in the stored object. */
  idField: string;
  /** Success bodies wrap the object in `data` (Telnyx non-10DLC) or not. */
  envelope: "flat" | "data";
  /** A new id, generated or taken from a body field (e.g. the phone number). */
  newId: (body: Json) => string;
  /** The parent that must exist: from a path parameter or a body field, matched to the parent's id. */
  parent?: { resource: string; from: "path" | "body"; key: string };
  /** Fields every new resource starts with. */
  initial?: Record<string, unknown>;
  /** Status changes on the virtual clock. */
  lifecycle?: Transition[];
  /** The lifecycle starts on creation (default) or on one of the actions. */
  lifecycleStartsOn?: "create" | "action";
  /** `POST /template` actions on the resource and the fields they set. */
  actions?: Record<string, { set: Record<string, unknown>; startsLifecycle?: boolean }>;
  /** A reason to refuse DELETE, or undefined to allow it. */
  refuseDelete?: (object: Json) => string | undefined;
  /** Field with the URL that receives this resource's webhooks. */
  webhookUrlField?: string;
}
