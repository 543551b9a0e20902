// The slice of the OpenAPI 3.1 object model the generator reads. Kept loose on purpose: the
// spec has already passed Redocly's structural validation when these types are used.
export type JSONSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  contentMediaType?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JSONSchema;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  oneOf?: JSONSchema[];
  anyOf?: JSONSchema[];
  allOf?: JSONSchema[];
  additionalProperties?: boolean | JSONSchema;
  [extension: `x-${string}`]: unknown;
};
import type { LoosePagination } from "./runtime/x-pagination.js";

export interface ExampleObject {
  summary?: string;
  value?: unknown;
  $ref?: string;
}

export interface MediaTypeObject {
  schema?: JSONSchema;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: JSONSchema;
  example?: unknown;
  style?: string;
  explode?: boolean;
}

export interface RequestBodyObject {
  $ref?: string;
  required?: boolean;
  description?: string;
  content: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  $ref?: string;
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject>;
  security?: Array<Record<string, string[]>>;
  "x-sdk-name"?: string;
  "x-pagination"?: LoosePagination;
  "x-doc-section"?: "core" | "supporting";
}

export type PathItemObject = {
  parameters?: ParameterObject[];
} & Partial<Record<"get" | "put" | "post" | "delete" | "patch", OperationObject>>;

export interface OpenAPIDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string; description?: string }>;
  security?: Array<Record<string, string[]>>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, PathItemObject>;
  webhooks?: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, JSONSchema>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    examples?: Record<string, ExampleObject>;
    securitySchemes?: Record<string, { type: string; scheme?: string; bearerFormat?: string; description?: string }>;
  };
}
