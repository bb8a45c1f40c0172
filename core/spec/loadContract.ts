import { oneLine, SpecError } from '../errors';
import { defaultSpecPath } from '../packageRoot';
import { isJsonMediaType } from './isJsonMediaType';
import { toPointer } from './jsonPointer';
import { requiresBearer } from './requiresBearer';
import { createSchemaValidator, type SchemaValidator } from './schemaValidator';
import { SwaggerParser } from './swaggerParser';

type JsonObject = Record<string, unknown>;

export interface HeaderContract {
  name: string;
  required: boolean;
  schema: JsonObject | undefined;
}

export interface ResponseContract {
  /** `201`, `400`, ... or `default`. */
  status: string;
  description: string;
  /** The documented media type (the first one when several are), undefined for a response without a body. */
  mediaType: string | undefined;
  schema: JsonObject | undefined;
  /** JSON Pointer of the schema in the spec document. */
  schemaPointer: string | undefined;
  headers: HeaderContract[];
}

export interface OperationContract {
  operationId: string;
  /** Upper case, e.g. `POST`. */
  method: string;
  /** The path template, e.g. `/api/org/v1/users`. */
  path: string;
  /** JSON Pointer of the operation in the spec document. */
  pointer: string;
  requestMediaType: string;
  requestSchema: JsonObject;
  requestSchemaPointer: string;
  responses: ResponseContract[];
  /** True when every security requirement of the operation is an HTTP bearer scheme. */
  requiresBearer: boolean;
}

export interface Contract {
  specPath: string;
  /** The spec as written ($refs kept); JSON Pointers in messages point into it. */
  raw: JsonObject;
  /** The spec with every $ref resolved. */
  document: JsonObject;
  operation: OperationContract;
  validator: SchemaValidator;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads, validates and dereferences an OpenAPI 3.1 spec, and extracts one operation from it. */
export async function loadContract(
  specPath: string = defaultSpecPath(),
  operationId = 'CreateUser',
): Promise<Contract> {
  let raw: JsonObject;
  let document: JsonObject;
  try {
    raw = (await SwaggerParser.parse(specPath)) as unknown as JsonObject;
  } catch (error) {
    throw new SpecError(`${specPath}: ${oneLine(error)}`);
  }
  if (typeof raw.openapi !== 'string' || !raw.openapi.startsWith('3.1')) {
    throw new SpecError(
      `${specPath}: only OpenAPI 3.1 documents are supported, found openapi: ${String(raw.openapi)}`,
    );
  }
  try {
    document = (await SwaggerParser.validate(specPath)) as unknown as JsonObject;
  } catch (error) {
    throw new SpecError(`${specPath}: ${briefValidationMessage(oneLine(error))}`);
  }
  const operation = extractOperation(specPath, document, operationId);
  return { specPath, raw, document, operation, validator: createSchemaValidator() };
}

function extractOperation(specPath: string, document: JsonObject, operationId: string): OperationContract {
  const paths = (document.paths ?? {}) as Record<string, JsonObject>;
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as JsonObject | undefined;
      if (operation?.operationId !== operationId) continue;
      const pointer = toPointer(['paths', pathTemplate, method]);
      const fail = (what: string): never => {
        throw new SpecError(`${specPath}: operation ${operationId} (${pointer}) ${what}`);
      };
      const requestContent = ((operation.requestBody as JsonObject | undefined)?.content ?? {}) as Record<
        string,
        JsonObject
      >;
      const requestMediaType =
        Object.keys(requestContent).find(isJsonMediaType) ?? fail('has no application/json request body');
      const requestSchema =
        (requestContent[requestMediaType]?.schema as JsonObject | undefined) ??
        fail('has no request body schema');
      const responses = responseContracts(pointer, operation);
      return {
        operationId,
        method: method.toUpperCase(),
        path: pathTemplate,
        pointer,
        requestMediaType,
        requestSchema,
        requestSchemaPointer: toPointer([
          'paths',
          pathTemplate,
          method,
          'requestBody',
          'content',
          requestMediaType,
          'schema',
        ]),
        responses,
        requiresBearer: requiresBearer(document, operation),
      };
    }
  }
  throw new SpecError(`${specPath}: no operation with operationId ${operationId}`);
}

/** The documented responses of an operation (dereferenced), in the order the spec lists them. */
export function responseContracts(operationPointer: string, operation: JsonObject): ResponseContract[] {
  return Object.entries((operation.responses ?? {}) as Record<string, JsonObject>).map(([status, response]) =>
    toResponseContract(operationPointer, status, response),
  );
}

function toResponseContract(
  operationPointer: string,
  status: string,
  response: JsonObject,
): ResponseContract {
  const content = (response.content ?? {}) as Record<string, JsonObject>;
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  const headers = Object.entries((response.headers ?? {}) as Record<string, JsonObject>).map(
    ([name, header]) => ({
      name,
      required: header.required === true,
      schema: header.schema as JsonObject | undefined,
    }),
  );
  return {
    status,
    description: String(response.description ?? ''),
    mediaType,
    schema: mediaType ? (content[mediaType]?.schema as JsonObject | undefined) : undefined,
    schemaPointer: mediaType
      ? `${operationPointer}${toPointer(['responses', status, 'content', mediaType, 'schema'])}`
      : undefined,
    headers,
  };
}

/** The documented response for a status: the exact code, then `2XX`-style ranges, then `default`. */
export function documentedResponse(
  operation: Pick<OperationContract, 'responses'>,
  status: number,
): ResponseContract | undefined {
  const exact = operation.responses.find((response) => response.status === String(status));
  const range = operation.responses.find(
    (response) => response.status.toUpperCase() === `${String(status)[0]}XX`,
  );
  return exact ?? range ?? operation.responses.find((response) => response.status === 'default');
}

/** swagger-parser lists every schema branch that failed; the first few locate the problem. */
function briefValidationMessage(message: string): string {
  const [head, ...locations] = message.split(/ (?=#\/)/);
  if (locations.length <= 3) return message;
  return `${head} ${locations.slice(0, 3).join('; ')} (and ${locations.length - 3} more)`;
}
