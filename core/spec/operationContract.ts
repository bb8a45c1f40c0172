import type { JsonObject } from '../json/jsonObject';
import type { OperationSemantics, Role } from './operationSemantics';

/** One documented header of a response. */
export interface HeaderContract {
  name: string;
  required: boolean;
  schema: JsonObject | undefined;
}

/** One documented response of an operation (dereferenced). */
export interface ResponseContract {
  /** `201`, `400`, ... `4XX`, or `default`. */
  status: string;
  description: string;
  /** The documented media type (the JSON one when several are), undefined for a response without a body. */
  mediaType: string | undefined;
  schema: JsonObject | undefined;
  /** JSON Pointer of the schema in the spec document. */
  schemaPointer: string | undefined;
  headers: HeaderContract[];
  /** The properties of its schema that carry an `x-lakesail-role`: `{ id: 'id', 'created-at': 'createdAt' }`. */
  roles: Partial<Record<Role, string>>;
}

/** One parameter of an operation, the path item's included (dereferenced). */
export interface ParameterContract {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject | undefined;
  /** The parameter's `x-lakesail-*` extensions (`x-lakesail-role: id` on the resource's ID). */
  extensions: JsonObject;
}

/** The request body of an operation (dereferenced). */
export interface RequestBodyContract {
  required: boolean;
  /** Every documented media type, in the spec's order. */
  mediaTypes: string[];
  /** The JSON media type (`application/json`, `application/*+json`), or the first one. */
  mediaType: string;
  schema: JsonObject | undefined;
  /** JSON Pointer of `schema` in the spec document. */
  schemaPointer: string;
}

/** Everything the spec says about one operation: what every face (mock, kit, lint, diff) works from. */
export interface OperationContract {
  /** The spec's operationId, or `METHOD /path` for an operation without one. */
  operationId: string;
  /** Upper case, e.g. `POST`. */
  method: string;
  /** The path template, e.g. `/api/org/v1/users/{user}`. */
  path: string;
  /** JSON Pointer of the operation in the spec document. */
  pointer: string;
  summary: string | undefined;
  parameters: ParameterContract[];
  requestBody: RequestBodyContract | undefined;
  /** In the spec's order. */
  responses: ResponseContract[];
  /** True when the operation requires security and every requirement is an HTTP bearer scheme. */
  requiresBearer: boolean;
  /** The operation's `x-lakesail-*` extensions. */
  extensions: JsonObject;
  /** What the operation means (`x-lakesail-action`, ...), or undefined when the spec declares nothing. */
  semantics: OperationSemantics | undefined;
}
