import { SpecError } from '../errors';
import { isObject, type JsonObject } from '../json/jsonObject';
import { toPointer } from './jsonPointer';
import { isJsonMediaType } from './mediaType';
import type {
  HeaderContract,
  OperationContract,
  ParameterContract,
  RequestBodyContract,
  ResponseContract,
} from './operationContract';
import { operationSemantics, propertyRoles } from './operationSemantics';
import { requiresBearer } from './requiresBearer';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

/** Every operation of a dereferenced OpenAPI 3.1 document, in the document's order; operationIds are unique. */
export function extractOperations(specPath: string, document: JsonObject): OperationContract[] {
  const paths = document.paths ?? {};
  if (!isObject(paths)) throw new SpecError(`${specPath}: paths must be an object`);
  const operations: OperationContract[] = [];
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      operations.push(toOperation(specPath, document, path, method, pathItem, operation));
    }
  }
  const seen = new Set<string>();
  for (const { operationId, pointer } of operations) {
    if (seen.has(operationId)) {
      throw new SpecError(`${specPath}: operationId ${operationId} is used twice (again at #${pointer})`);
    }
    seen.add(operationId);
  }
  return operations;
}

function toOperation(
  specPath: string,
  document: JsonObject,
  path: string,
  method: string,
  pathItem: JsonObject,
  operation: JsonObject,
): OperationContract {
  const pointer = toPointer(['paths', path, method]);
  const extensions = lakesailExtensions(operation);
  const parameters = parametersOf(pathItem, operation);
  return {
    operationId:
      typeof operation.operationId === 'string' ? operation.operationId : `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path,
    pointer,
    summary: typeof operation.summary === 'string' ? operation.summary : undefined,
    parameters,
    requestBody: requestBodyOf(pointer, operation.requestBody),
    responses: responsesOf(pointer, operation),
    requiresBearer: requiresBearer(document, operation),
    extensions,
    semantics: operationSemantics(`${specPath}#${pointer}`, extensions, parameters),
  };
}

/** The `x-lakesail-*` keys of an operation or a parameter. */
function lakesailExtensions(element: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(element).filter(([key]) => key.startsWith('x-lakesail-')));
}

/** The operation's parameters over the path item's (the same name and location: the operation's wins). */
function parametersOf(pathItem: JsonObject, operation: JsonObject): ParameterContract[] {
  const byKey = new Map<string, ParameterContract>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) {
      if (!isObject(parameter) || typeof parameter.name !== 'string') continue;
      if (!PARAMETER_LOCATIONS.has(String(parameter.in))) continue;
      byKey.set(`${String(parameter.in)} ${parameter.name}`, {
        name: parameter.name,
        in: parameter.in as ParameterContract['in'],
        required: parameter.required === true,
        schema: isObject(parameter.schema) ? parameter.schema : undefined,
        extensions: lakesailExtensions(parameter),
      });
    }
  }
  return [...byKey.values()];
}

function requestBodyOf(operationPointer: string, requestBody: unknown): RequestBodyContract | undefined {
  if (!isObject(requestBody) || !isObject(requestBody.content)) return undefined;
  const mediaTypes = Object.keys(requestBody.content);
  const mediaType = mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
  if (mediaType === undefined) return undefined;
  const content = requestBody.content[mediaType];
  return {
    required: requestBody.required === true,
    mediaTypes,
    mediaType,
    schema: isObject(content) && isObject(content.schema) ? content.schema : undefined,
    schemaPointer: `${operationPointer}${toPointer(['requestBody', 'content', mediaType, 'schema'])}`,
  };
}

/** The documented responses of an operation (dereferenced), in the order the spec lists them. */
export function responsesOf(operationPointer: string, operation: JsonObject): ResponseContract[] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses).flatMap(([status, response]) =>
    isObject(response) ? [toResponse(operationPointer, status, response)] : [],
  );
}

function toResponse(operationPointer: string, status: string, response: JsonObject): ResponseContract {
  const content = isObject(response.content) ? response.content : {};
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  const media = mediaType === undefined ? undefined : content[mediaType];
  const schema = isObject(media) && isObject(media.schema) ? media.schema : undefined;
  const schemaPointer =
    mediaType === undefined
      ? undefined
      : `${operationPointer}${toPointer(['responses', status, 'content', mediaType, 'schema'])}`;
  return {
    status,
    description: String(response.description ?? ''),
    mediaType,
    schema,
    schemaPointer,
    headers: headersOf(response),
    roles: rolesOrNone(schema),
  };
}

/** The roles a schema declares; a malformed declaration is `lint`'s finding (semantics-valid), and means none. */
function rolesOrNone(schema: JsonObject | undefined): ResponseContract['roles'] {
  try {
    return propertyRoles('', schema);
  } catch {
    return {};
  }
}

function headersOf(response: JsonObject): HeaderContract[] {
  const headers = isObject(response.headers) ? response.headers : {};
  return Object.entries(headers).flatMap(([name, header]) =>
    isObject(header)
      ? [
          {
            name,
            required: header.required === true,
            schema: isObject(header.schema) ? header.schema : undefined,
          },
        ]
      : [],
  );
}
