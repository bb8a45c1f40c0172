import type { MutationContext } from '../mutations/bodyMutation';
import type { Contract } from '../spec/loadContract';
import { reservedPropertyNames } from './reservedPropertyNames';

/** What the mutations need to know of a contract. */
export function mutationContextOf(contract: Contract): MutationContext {
  return {
    schema: contract.operation.requestSchema,
    mediaType: contract.operation.requestMediaType,
    reservedPropertyNames: reservedPropertyNames(contract),
  };
}
