import { oneLine } from '../../core/errors';
import type { JsonObject } from '../../core/json/jsonObject';
import type { ResourceCollection } from '../store/resourceCollections';
import type { ResourceStore, StoreOutcome } from '../store/resourceStore';
import type { RealAnswer } from './actionRealism';

/**
 * The answer to a change the store was asked to make: `answer(resource)` once it is stored (and on disk, with a
 * state file); `409` when a unique value is taken (`--unique`); `507` when the store is full; `500` when the
 * state file cannot be written (the change stays in memory, and the next write that works saves it).
 */
export function storedAnswer(
  outcome: StoreOutcome,
  collection: ResourceCollection,
  store: ResourceStore,
  answer: (resource: JsonObject) => RealAnswer,
): RealAnswer | Promise<RealAnswer> {
  if (outcome.kind === 'taken') {
    const { property, value } = outcome.taken;
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    return refusal(409, `Another ${collection.noun} already has the ${property} ${shown}.`);
  }
  if (outcome.kind === 'full') return refusal(507, fullMessage(outcome.limit, collection, store));
  const { saved, resource } = outcome;
  if (!saved) return answer(resource);
  return saved.then(
    () => answer(resource),
    (error: unknown) => {
      // The reason names the file: the mock's console may show it, a client's answer does not.
      process.stderr.write(`mock: ${oneLine(error)}\n`);
      return refusal(500, 'The mock could not write its state file; its console says why.');
    },
  );
}

function fullMessage(limit: 'count' | 'bytes', collection: ResourceCollection, store: ResourceStore): string {
  const reset = 'POST /__mock/reset empties it';
  if (limit === 'bytes') {
    const mebibytes = Math.floor(store.limits.maxBytes / (1024 * 1024));
    return `The mock's store is full: its resources take ${mebibytes} MiB as JSON, its limit; ${reset}.`;
  }
  return (
    `The mock's store is full: it keeps at most ${store.limits.maxResources} ${collection.name} ` +
    `(--max-users); ${reset}, or restart the mock with a larger --max-users.`
  );
}

function refusal(status: number, message: string): RealAnswer {
  return { status, headers: {}, body: { message } };
}
