import { isObject } from '../../../core/json/jsonObject';
import type { OperationContract, ResponseContract } from '../../../core/spec/operationContract';

/**
 * The properties of a response that the server owns, in the response schema's order: those with an
 * `x-lakesail-role` (its id, its times) and those the request schema does not declare. A request body may
 * carry one (unknown properties are allowed), but never sets it: the server gives a fresh id and its own
 * times, whatever the body says.
 */
export function serverOwnedPropertyNames(
  operation: Pick<OperationContract, 'requestBody'>,
  response: Pick<ResponseContract, 'schema' | 'roles'>,
): string[] {
  const returned = isObject(response.schema?.properties) ? Object.keys(response.schema.properties) : [];
  const requested = operation.requestBody?.schema?.properties;
  const declared = new Set(isObject(requested) ? Object.keys(requested) : []);
  const withRole = new Set(Object.values(response.roles));
  return returned.filter((name) => withRole.has(name) || !declared.has(name));
}

/** The response a successful request gets: the first 2xx the spec documents with a body schema. */
export function successResponse(
  operation: Pick<OperationContract, 'responses'>,
): ResponseContract | undefined {
  return operation.responses.find((response) => /^2(\d\d|XX)$/i.test(response.status) && response.schema);
}
