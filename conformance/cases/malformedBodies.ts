import fc from 'fast-check';
import type { Contract } from '../../core/spec/loadContract';
import { MUTATIONS } from '../mutations';
import { applyMutation } from '../mutations/applyMutation';
import type { BodyMutation, MutationContext } from '../mutations/bodyMutation';
import { malformedSentBody, type SentBody } from './sentBody';

/**
 * Malformed bodies: a generated valid body, then a mutation and one of its results, both picked by fast-check
 * (so both shrink: towards the first mutation and its first result). Only mutations that apply to this spec's
 * bodies are picked; if the one picked has nothing for a given body, the first that has is used.
 */
export function malformedBodies(
  validBodies: fc.Arbitrary<unknown>,
  examples: unknown[],
  context: MutationContext,
  contract: Contract,
): fc.Arbitrary<SentBody> {
  const results = (mutation: BodyMutation, value: unknown) =>
    applyMutation(mutation, value, context, contract.validator);
  const applicable = MUTATIONS.filter((mutation) =>
    examples.some((example) => results(mutation, example).length > 0),
  );
  return fc.tuple(validBodies, fc.constantFrom(...applicable), fc.nat()).map(([value, mutation, index]) => {
    let options = results(mutation, value);
    for (const fallback of applicable) {
      if (options.length > 0) break;
      options = results(fallback, value);
    }
    return malformedSentBody(options[index % options.length] as (typeof options)[number], {
      kind: 'generated',
    });
  });
}
