import fc from 'fast-check';
import { oncePerObject } from '../../core/oncePerObject';
import type { Contract } from '../../core/spec/loadContract';
import { malformedBodies } from '../cases/malformedBodies';
import { mutationContextOf } from '../cases/mutationContextOf';
import { type SentBody, validSentBody } from '../cases/sentBody';
import { schemaArbitrary } from '../generators/schemaArbitrary';
import { identifiersNotBlank } from './identifiersNotBlank';

/** The bodies a sequence sends to an operation: valid ones from its schema, and malformed ones (named mutations). */
export interface RequestBodies {
  valid: fc.Arbitrary<SentBody>;
  malformed: fc.Arbitrary<SentBody>;
}

const SAMPLES = 20;

/**
 * Bodies for `contract`'s requests, derived from its request schema as the single-request phase derives them: a
 * valid body whose identifying values are blank cannot carry the run's nonce, so a sequence never sends one (a
 * taken value would stand for a defect the request does not show).
 */
export function requestBodies(contract: Contract): RequestBodies {
  // The tour, the sequences and the bursts of a run all ask: derived once per contract.
  return derivedOnce(contract);
}

const derivedOnce = oncePerObject(deriveBodies);

function deriveBodies(contract: Contract): RequestBodies {
  const { requestSchema, requestSchemaPointer, requestMediaType } = contract.operation;
  const context = mutationContextOf(contract);
  const values = schemaArbitrary(requestSchema, {
    pointer: requestSchemaPointer,
    reservedPropertyNames: context.reservedPropertyNames,
  }).filter((value) => identifiersNotBlank(contract, value));
  const examples = fc.sample(values, { seed: 0, numRuns: SAMPLES });
  return {
    valid: values.map((value) => validSentBody(value, { kind: 'generated' }, requestMediaType)),
    malformed: malformedBodies(values, examples, context, contract),
  };
}
