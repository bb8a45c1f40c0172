import { notFoundMessage } from '../fittingMessage';
import type { MockOperation } from '../mockOperation';
import type { ResourceCollection } from '../store/resourceCollections';
import type { RealAnswer, RealismInput } from './actionRealism';
import { exampleAbout } from './exampleAbout';

/**
 * The answer about an ID the mock does not have: a status asked for (`Prefer: code=`), or an operation without
 * an ID, gets the spec's example about that ID; otherwise `404` with the spec's message about it.
 */
export function unknownResourceAnswer(
  input: Pick<RealismInput, 'status' | 'headers' | 'base' | 'resourceId' | 'forced'>,
  operation: MockOperation,
  collection: ResourceCollection,
): RealAnswer {
  const { status, headers, base, resourceId, forced } = input;
  if (forced || resourceId === undefined) {
    return { status, headers, body: exampleAbout(base, collection, resourceId) };
  }
  return {
    status: 404,
    headers: {},
    body: { message: notFoundMessage(operation, resourceId, collection.noun) },
  };
}
