import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { BodyMutation, MutatedBody, MutationContext } from './bodyMutation';

/**
 * The bodies `mutation` makes from `value` that really are malformed: a schema-level result is validated
 * with the kit's one validator and dropped when it is still valid; transport-level results are kept.
 */
export function applyMutation(
  mutation: BodyMutation,
  value: unknown,
  context: MutationContext,
  validator: SchemaValidator,
): MutatedBody[] {
  const results = mutation.apply(value, context);
  if (mutation.level === 'transport') return results;
  return results.filter((result) => validator.validate(context.schema, result.value).length > 0);
}
