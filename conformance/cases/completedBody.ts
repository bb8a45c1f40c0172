import type { Contract } from '../../core/spec/loadContract';
import { flattenSchema, isJsonObject } from '../generators/flattenSchema';

/**
 * `body` with each declared top-level property it lacks taken from the first generated sample that has one, as
 * long as the spec still accepts the result; edge values can then reach every property the spec declares.
 */
export function completedBody(contract: Contract, body: unknown, samples: unknown[]): unknown {
  const { requestSchema, requestSchemaPointer } = contract.operation;
  const properties = flattenSchema(requestSchema, requestSchemaPointer).properties;
  if (!isJsonObject(body) || !isJsonObject(properties)) return body;
  let completed: Record<string, unknown> = body;
  for (const name of Object.keys(properties)) {
    if (Object.hasOwn(completed, name)) continue;
    const donor = samples.find((sample) => isJsonObject(sample) && Object.hasOwn(sample, name));
    if (!donor) continue;
    const candidate = { ...completed, [name]: (donor as Record<string, unknown>)[name] };
    if (contract.validator.validate(requestSchema, candidate).length === 0) completed = candidate;
  }
  return completed;
}
