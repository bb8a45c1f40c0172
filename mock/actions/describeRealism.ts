import type { ActionRealism } from './actionRealism';
import { unknownResourceAnswer } from './unknownResourceAnswer';

/**
 * `x-lakesail-action: describe`: a 2xx answer is the stored resource the path names, exactly as its create or
 * its last update answered; an ID the mock does not have gets `404` with the spec's message about that ID. A
 * 2xx asked for with `Prefer: code=` on such an ID gets the spec's example, about that ID.
 */
export const describeRealism: ActionRealism = (operation, _where, tools) => {
  const collection = tools.collections.of(operation.contract);
  if (!collection) return undefined;
  return {
    answer(input) {
      const { status, headers, resourceId } = input;
      const resource = resourceId === undefined ? undefined : tools.store.find(collection, resourceId);
      if (resource) return { status, headers, body: resource };
      return unknownResourceAnswer(input, operation, collection);
    },
  };
};
