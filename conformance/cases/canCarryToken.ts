import type { Contract } from '../../core/spec/loadContract';
import { isJsonObject } from '../generators/flattenSchema';
import { ACCESS_TOKEN_PARAMETER } from '../model/credentials';

/**
 * True when `body` can carry a token in an `access_token` property and stay a body the spec accepts, so that a
 * server refusing it has only the missing Authorization header to refuse it for: a JSON object whose schema
 * neither declares that property nor forbids unknown ones.
 */
export function canCarryToken(contract: Contract, body: unknown): boolean {
  const { requestSchema } = contract.operation;
  if (!isJsonObject(body) || Object.hasOwn(body, ACCESS_TOKEN_PARAMETER)) return false;
  const declared = requestSchema.properties;
  if (isJsonObject(declared) && Object.hasOwn(declared, ACCESS_TOKEN_PARAMETER)) return false;
  const carrying = { ...body, [ACCESS_TOKEN_PARAMETER]: 'a-token-of-the-run' };
  return contract.validator.validate(requestSchema, carrying).length === 0;
}
