// The shape of a resource the stateful mocks keep. The engine is generic: everything a provider
// does its own way (how an id is made, how a list page is written, how a 404 is worded, what a
// webhook body looks like, which fields carry timestamps) is a field or hook of the definition,
// written in the provider's folder under mocks/providers/.
import type { LoosePagination } from "../../codegen/runtime/x-pagination.js";
import type { Json } from "./data.js";

export type { Json } from "./data.js";

export interface Transition {
  /** Virtual seconds after the lifecycle started. */
  after: number;
  /** Fields to set (dot paths allowed). */
  set: Record<string, unknown>;
  /** A webhook to send when this transition happens. */
  webhook?: string;
  /** Forget the object at this point, when this says so then (a document nobody used in time). */
  expires?: (object: Json, view: StateView) => boolean;
}

/**
 * The status machine an object follows: always the same steps, or steps chosen per object when it
 * starts (a failure branch a client asks for with a marker value in its request).
 */
export type Lifecycle = Transition[] | ((object: Json, context: LifecycleContext) => Transition[]);

/** What a lifecycle choosing its branch may look at besides the object. */
export interface LifecycleContext {
  view: StateView;
  /** The parent's id, for nested resources (a vetting's brand). */
  parentId?: string;
}

/** A file kept byte for byte (an uploaded document), with what it was sent as. */
export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

/** A request refused by a rule of the provider, answered in the provider's error body. */
export interface Refusal {
  status: number;
  title: string;
  detail: string;
  /** JSON pointer into the request body the rule is about. */
  pointer?: string;
  /** The provider's own error code (Telnyx) or slug (Vonage), when the rule has one. */
  code?: string;
}

/**
 * What hooks may read of the kept state. Objects are the stored ones: read them, do not keep
 * them; only an operation may change one in place (a verified PIN verifies its brand).
 */
export interface StateView {
  get(resource: string, id: string): Json | undefined;
  /** Every kept object of a resource, in insertion order. */
  all(resource: string): Json[];
  /** The kept objects of a resource that belong to the parent with this id (a brand's vettings). */
  children(resource: string, parentId: string): Json[];
  /** The file kept with an object, if it was created from an upload. */
  file(resource: string, id: string): StoredFile | undefined;
  /** Virtual time, in milliseconds. */
  now(): number;
}

/** What an operation may do to the kept state besides reading it. */
export interface StateAccess extends StateView {
  /**
   * Keeps a new object of a resource (its id made by the resource's `newId` when it has none),
   * stamped and on its lifecycle like a creation; returns the object as kept.
   */
  add(resource: string, object: Json, parentId?: string, file?: StoredFile): Json;
  /** Forgets an object; false when there was none. */
  remove(resource: string, id: string): boolean;
  /** Sends the resource's webhook `event` about a kept object (a change an operation made). */
  notify(resource: string, id: string, event: string): void;
  /** Starts (or restarts) a lifecycle for a kept object from now (an appeal reopens a review). */
  startLifecycle(resource: string, id: string, lifecycle: Lifecycle): void;
}

/** The request as an operation hook sees it: already validated by Prism. */
export interface OperationRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** The JSON body as a null-prototype copy; empty for other bodies. */
  body: Json;
  headers: Record<string, string>;
  raw?: Uint8Array;
  /** Prism's status and answer (the spec's example), valid for the operation. */
  status: number;
  output: unknown;
}

/** An operation's answer: a body (JSON, or bytes with their headers) or a refusal. */
export type OperationAnswer = { status: number; body: unknown; headers?: Record<string, string> } | { refuse: Refusal };

/** An operation that is not create/read/list/update/delete, answered from the kept state. */
export type Operation = (request: OperationRequest, state: StateAccess) => OperationAnswer;

export interface Action {
  /** Fields the action sets (dot paths allowed). */
  set: Record<string, unknown>;
  /** The rule the object must meet for the action, else its refusal. */
  refuse?: (object: Json, view: StateView) => Refusal | undefined;
  /** Starts the resource's lifecycle (`true`) or one of its own (a cancellation's). */
  startsLifecycle?: true | Lifecycle;
  /** A webhook the action itself sends (the change it makes is a transition too). */
  webhook?: string;
}

/** What a list answer holds, for the provider's page metadata. */
export interface PageInfo {
  page: number;
  size: number;
  total: number;
  totalPages: number;
  /** The list's path as requested, without the query (for links to other pages). */
  path: string;
  /** For cursor-paged lists: the page tokens of the neighbouring and end pages. */
  tokens?: { next?: string; previous?: string; first: string; last: string };
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
  /** The provider's error body for a refusal; without it the pipeline words it neutrally. */
  errorBody?(refusal: Refusal): unknown;
  /**
   * How lists of operations without x-pagination page: the provider's usual page parameters and
   * answer fields (the spec's x-pagination wins where it exists).
   */
  pagination?: Pagination;
}

/** The spec's x-pagination fields the engine uses. */
/** An operation's x-pagination as the engine reads it (declared once, in codegen/runtime/x-pagination.ts). */
export type Pagination = LoosePagination;

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
  /** Template of the single resource; its last path parameter is the id (none: kept and listed only). */
  item?: string;
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
  lifecycle?: Lifecycle;
  /** The lifecycle starts on creation (default) or on one of the actions. */
  lifecycleStartsOn?: "create" | "action";
  /** `POST /template` actions on the resource and the fields they set. */
  actions?: Record<string, Action>;
  /** Other operations about this resource, by `METHOD /template`, answered from the kept state. */
  operations?: Record<string, Operation>;
  /** A rule a creation must meet (besides its parent existing), else its refusal. */
  refuseCreate?: (request: OperationRequest, view: StateView) => Refusal | undefined;
  /** A rule an update must meet, else its refusal. */
  refuseUpdate?: (object: Json, request: OperationRequest, view: StateView) => Refusal | undefined;
  /** Fields that follow from the request rather than copy it (links naming the new object, lists built from the request). */
  onCreate?: (object: Json, request: OperationRequest, view: StateView) => void;
  /** Fields that follow from others, brought up to date after every creation and update. */
  refresh?: (object: Json, view: StateView) => void;
  /** A lifecycle an update starts (an order in exception resumes once corrected), or undefined. */
  lifecycleOnUpdate?: (object: Json, request: OperationRequest) => Lifecycle | undefined;
  /** The file a creation uploads, kept with the object; a refusal when the upload is unusable. */
  upload?: (request: OperationRequest) => StoredFile | Refusal | undefined;
  /** Writes what the object says about its file (name, type, size, checksum). */
  describeUpload?: (object: Json, file: StoredFile, request: OperationRequest) => void;
  /** Fields DELETE sets instead of forgetting the object (a Vonage brand goes to DELETED and stays). */
  deleteKeeps?: Record<string, unknown>;
  /**
   * The answer to every call on an object that is gone but kept (a deleted Vonage brand answers
   * 502), and on everything under it; undefined while it is there.
   */
  gone?: (object: Json) => Refusal | undefined;
  /** A reason to refuse DELETE, or undefined to allow it. */
  refuseDelete?: (object: Json, view: StateView) => string | Refusal | undefined;
  /** Field with the URL that receives this resource's webhooks. */
  webhookUrlField?: string;
  /** Where webhooks go when the object has no URL of its own (a number's campaign's URL, say). */
  webhookUrl?: (object: Json, view: StateView) => string | undefined;
}
