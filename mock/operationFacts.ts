import { toPointer } from '../core/spec/jsonPointer';
import { documentedResponse, responseContracts } from '../core/spec/loadContract';
import { isJsonMediaType } from '../core/spec/mediaType';
import { requiresBearer } from '../core/spec/requiresBearer';

type JsonObject = Record<string, unknown>;

/** What the mock needs to know about one operation, read from the dereferenced spec. */
export interface OperationFacts {
  /** Upper case, e.g. `POST`. */
  method: string;
  path: string;
  /** Every security requirement of the operation is an HTTP bearer scheme. */
  requiresBearer: boolean;
  requestBodyRequired: boolean;
  /** The JSON request body schema, if the operation takes one. */
  requestSchema: JsonObject | undefined;
  /** The JSON body schema of a documented response: exact status, then `4XX`-style range, then `default`. */
  responseSchema(status: number): JsonObject | undefined;
  /** `WWW-Authenticate` for a missing token: the spec's documented 401 header example, else a plain one. */
  wwwAuthenticate: string;
  /** The message of a 403: the spec's first documented 403 example, else a plain one. */
  forbiddenMessage: string;
}

const FALLBACK_WWW_AUTHENTICATE = 'Bearer realm="mock"';
const FALLBACK_FORBIDDEN = 'The identity is not allowed to perform this operation.';

export function operationFacts(document: JsonObject, method: string, path: string): OperationFacts {
  const operation = asObject(asObject(asObject(document.paths)[path])[method.toLowerCase()]);
  const requestBody = asObject(operation.requestBody);
  const responses = responseContracts(toPointer(['paths', path, method.toLowerCase()]), operation);
  return {
    method: method.toUpperCase(),
    path,
    requiresBearer: requiresBearer(document, operation),
    requestBodyRequired: requestBody.required === true,
    requestSchema: jsonSchemaOf(requestBody.content),
    responseSchema: (status) => documentedResponse({ responses }, status)?.schema,
    wwwAuthenticate:
      wwwAuthenticateOf(asObject(asObject(operation.responses)['401'])) ?? FALLBACK_WWW_AUTHENTICATE,
    forbiddenMessage:
      firstExampleMessage(asObject(asObject(operation.responses)['403'])) ?? FALLBACK_FORBIDDEN,
  };
}

function jsonSchemaOf(content: unknown): JsonObject | undefined {
  const json = Object.entries(asObject(content)).find(([mediaType]) => isJsonMediaType(mediaType));
  return json ? (asObject(json[1]).schema as JsonObject | undefined) : undefined;
}

function wwwAuthenticateOf(response: JsonObject): string | undefined {
  const headers = asObject(response.headers);
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'www-authenticate');
  if (!name) return undefined;
  const header = asObject(headers[name]);
  const examples = [
    header.example,
    ...Object.values(asObject(header.examples)).map((e) => asObject(e).value),
  ];
  return examples.find((value): value is string => typeof value === 'string' && /^bearer( |$)/i.test(value));
}

function firstExampleMessage(response: JsonObject): string | undefined {
  for (const media of Object.values(asObject(response.content))) {
    const content = asObject(media);
    const values = [
      content.example,
      ...Object.values(asObject(content.examples)).map((e) => asObject(e).value),
    ];
    for (const value of values) {
      const message = asObject(value).message;
      if (typeof message === 'string') return message;
    }
  }
  return undefined;
}

function asObject(value: unknown): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}
