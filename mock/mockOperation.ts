import { SpecError } from '../core/errors';
import { asObject, isObject, type JsonObject } from '../core/json/jsonObject';
import { valueAtPointer } from '../core/spec/jsonPointer';
import { documentedResponse } from '../core/spec/loadContract';
import type { Spec } from '../core/spec/loadSpec';
import { isJsonMediaType, mediaTypeEssence } from '../core/spec/mediaType';
import type { OperationContract } from '../core/spec/operationContract';
import { type PathParameters, pathTemplateMatcher } from '../core/spec/pathTemplate';
import type { OperationRealism, RealismTools } from './actions/actionRealism';
import { ACTION_REALISM } from './actions/index';
import type { HttpOperation } from './prismEngine';

/** One operation as the mock serves it: the core's contract, Prism's view of it, and what the mock derives once. */
export interface MockOperation {
  contract: OperationContract;
  prism: HttpOperation;
  /** The JSON schema of the request body, when the body is JSON. */
  requestSchema: JsonObject | undefined;
  /** The documented request media types, lower case. */
  requestMediaTypes: string[];
  /** `201`, `4XX`, `default`...: what `Prefer: code=` may ask for. */
  documentedStatuses: string[];
  /** The body schema documented for a status: the exact code, then a range (`4XX`), then `default`. */
  responseSchema(status: number): JsonObject | undefined;
  /** The example values documented for a status (exact, range or `default`), in the spec's order. */
  examples(status: number): unknown[];
  /** Whether `{ "message": "..." }` is a valid body for the status: then the mock's own messages may answer it. */
  acceptsMessage(status: number): boolean;
  /** `WWW-Authenticate` of a 401: the spec's documented header example, else a plain one. */
  wwwAuthenticate: string;
  /** The message of a 403: about the declared `x-lakesail-permission`, else the spec's first 403 example. */
  forbiddenMessage: string;
  /** The path parameters in a request path, by name (percent-decoded); undefined when the path does not fit. */
  pathParameters(path: string): PathParameters | undefined;
  /** The path parameters the mock checks itself, before the body: those whose schema is of `type: string`. */
  checkedPathParameters: { name: string; schema: JsonObject }[];
  /** The ID of the resource the operation is about (its `x-lakesail-role: id` path parameter) in a request path. */
  resourceId(path: string): string | undefined;
  /** The example values of that parameter in the spec: what the spec's example messages quote as an ID. */
  resourceIdExamples: string[];
  /** What the declared action (`x-lakesail-action`) makes of a 2xx answer; undefined: Prism's answer as it is. */
  realism: OperationRealism | undefined;
  /**
   * Prism would check nothing the mock has not (no parameters but path parameters the mock checks, no security
   * but a bearer token, no callbacks):
   * its static answer to a valid request then depends on the `Accept` header only, and can be reused.
   */
  prismAnswerRepeats: boolean;
}

const FALLBACK_WWW_AUTHENTICATE = 'Bearer realm="mock"';
const FALLBACK_FORBIDDEN = 'The identity is not allowed to perform this operation.';

/** Joins the core's operations to Prism's once, at start, by operationId (or method and path without one). */
export function mockOperations(
  spec: Spec,
  prismOperations: readonly HttpOperation[],
  tools: RealismTools,
): Map<HttpOperation, MockOperation> {
  const contracts = new Map(spec.operations.map((contract) => [contract.operationId, contract]));
  const joined = new Map<HttpOperation, MockOperation>();
  for (const prism of prismOperations) {
    const key = prism.iid ?? `${prism.method.toUpperCase()} ${prism.path}`;
    const contract = contracts.get(key);
    if (!contract)
      throw new SpecError(`${spec.specPath}: Prism reads an operation the spec does not have: ${key}`);
    joined.set(prism, toMockOperation(spec, contract, prism, tools));
  }
  return joined;
}

function toMockOperation(
  spec: Spec,
  contract: OperationContract,
  prism: HttpOperation,
  tools: RealismTools,
): MockOperation {
  const operation = asObject(valueAtPointer(spec.document, contract.pointer));
  const body = contract.requestBody;
  const responses = asObject(operation.responses);
  const documentedKey = (status: number) => documentedResponse(contract, status)?.status;
  const examples = new Map<string, unknown[]>();
  const accepts = new Map<number, boolean>();
  const security = operation.security ?? spec.document.security;
  const pathParameters = pathTemplateMatcher(contract.path);
  const resourceParameter = contract.semantics?.resourceParameter;
  const checkedPathParameters = contract.parameters.flatMap(({ name, in: where, schema }) =>
    where === 'path' && schema?.type === 'string' ? [{ name, schema }] : [],
  );
  const mockOperation: MockOperation = {
    contract,
    prism,
    requestSchema: body && isJsonMediaType(body.mediaType) ? body.schema : undefined,
    requestMediaTypes: (body?.mediaTypes ?? []).map(mediaTypeEssence),
    documentedStatuses: contract.responses.map((response) => response.status),
    responseSchema: (status) => documentedResponse(contract, status)?.schema,
    examples(status) {
      const key = documentedKey(status);
      if (key === undefined) return [];
      let values = examples.get(key);
      if (!values) {
        values = exampleValues(asObject(responses[key]));
        examples.set(key, values);
      }
      return values;
    },
    acceptsMessage(status) {
      let accepted = accepts.get(status);
      if (accepted === undefined) {
        const schema = mockOperation.responseSchema(status);
        accepted = schema !== undefined && tools.validator.validate(schema, { message: 'm' }).length === 0;
        accepts.set(status, accepted);
      }
      return accepted;
    },
    wwwAuthenticate: wwwAuthenticateOf(asObject(responses['401'])) ?? FALLBACK_WWW_AUTHENTICATE,
    forbiddenMessage: contract.semantics?.permission
      ? `The identity does not have the ${contract.semantics.permission.name} permission.`
      : (firstMessage(exampleValues(asObject(responses['403']))) ?? FALLBACK_FORBIDDEN),
    pathParameters,
    checkedPathParameters,
    resourceId: (path) =>
      resourceParameter === undefined ? undefined : pathParameters(path)?.[resourceParameter],
    resourceIdExamples: resourceIdExamples(contract),
    realism: undefined,
    prismAnswerRepeats:
      contract.parameters.length === checkedPathParameters.length &&
      (contract.requiresBearer || !Array.isArray(security) || security.length === 0) &&
      !isObject(operation.callbacks),
  };
  const action = contract.semantics?.action;
  const factory = action === undefined ? undefined : ACTION_REALISM[action];
  mockOperation.realism = factory?.(mockOperation, `${spec.specPath}#${contract.pointer}`, tools);
  return mockOperation;
}

function resourceIdExamples(contract: OperationContract): string[] {
  const parameter = contract.parameters.find(
    (candidate) => candidate.name === contract.semantics?.resourceParameter,
  );
  const schema = asObject(parameter?.schema);
  const values = [schema.example, ...(Array.isArray(schema.examples) ? schema.examples : [])];
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

function exampleValues(response: JsonObject): unknown[] {
  const values: unknown[] = [];
  const content = asObject(response.content);
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  const media = asObject(mediaType === undefined ? undefined : content[mediaType]);
  if (media.example !== undefined) values.push(media.example);
  for (const example of Object.values(asObject(media.examples))) {
    if (isObject(example) && example.value !== undefined) values.push(example.value);
  }
  return values;
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

function firstMessage(values: unknown[]): string | undefined {
  for (const value of values) {
    const message = asObject(value).message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}
