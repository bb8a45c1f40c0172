import type { Contract } from '../../core/spec/loadContract';
import type { MutationContext } from '../mutations/bodyMutation';
import { reservedPropertyNames } from './reservedPropertyNames';

/** What the mutations need to know of a contract. */
export function mutationContextOf(contract: Contract): MutationContext {
  return {
    schema: contract.operation.requestSchema,
    mediaType: contract.operation.requestMediaType,
    reservedPropertyNames: reservedPropertyNames(contract),
  };
}
