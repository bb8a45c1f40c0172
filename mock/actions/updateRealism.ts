import { isDeepStrictEqual } from 'node:util';
import { asObject, isObject, type JsonObject } from '../../core/json/jsonObject';
import type { ResourceCollection } from '../store/resourceCollections';
import type { ActionRealism } from './actionRealism';
import { type ResourceMaker, resolved, resourceMaker } from './resourceMaker';
import { storedAnswer } from './storedAnswer';
import { unknownResourceAnswer } from './unknownResourceAnswer';

/**
 * `x-lakesail-action: update`: each property of the request schema that the body has replaces the stored value
 * (a property the resource does not have, or one with a role, is ignored: the ID and the creation time never
 * change); `x-lakesail-role: updated-at` becomes now, and always later than before, when a value changed, and
 * stays as it was when none did (`{}`). The merge is made at once, on the resource as it is then: concurrent
 * updates of different properties all take effect. An ID the mock does not have gets `404`; a taken unique
 * value `409` (`--unique`), changing nothing.
 */
export const updateRealism: ActionRealism = (operation, _where, tools) => {
  const requestSchema = operation.requestSchema;
  const collection = tools.collections.of(operation.contract);
  if (!collection || !requestSchema) return undefined;
  const merge = merger(collection, requestSchema, resourceMaker(tools));
  return {
    answer(input) {
      const { status, headers, submitted, now, resourceId } = input;
      const stored = resourceId === undefined ? undefined : tools.store.find(collection, resourceId);
      if (!stored) return unknownResourceAnswer(input, operation, collection);
      const next = isObject(submitted) ? merge(stored, submitted, now) : stored;
      if (next === stored) return { status, headers, body: stored };
      const outcome = tools.store.replace(collection, next);
      return storedAnswer(outcome, collection, tools.store, (resource) => ({
        status,
        headers,
        body: resource,
      }));
    },
  };
};

type Merge = (stored: JsonObject, submitted: JsonObject, now: string) => JsonObject;

/** The stored resource with the submitted changes, or the stored one itself when nothing changes. */
function merger(collection: ResourceCollection, requestSchema: JsonObject, maker: ResourceMaker): Merge {
  const requested = asObject(resolved(requestSchema).properties);
  const kept = asObject(resolved(collection.schema).properties);
  const withRole = new Set<string>(Object.values(collection.roles));
  const updatable = Object.keys(requested).filter((name) => name in kept && !withRole.has(name));
  const changedProperty = collection.roles['updated-at'];
  const bornProperty = collection.roles['created-at'];
  return (stored, submitted, now) => {
    const changes: JsonObject = {};
    let changed = false;
    for (const name of updatable) {
      if (!(name in submitted)) continue;
      const value = maker.echo(requested[name], kept[name], submitted[name], now);
      if (value === undefined || isDeepStrictEqual(value, stored[name])) continue;
      changes[name] = value;
      changed = true;
    }
    if (!changed) return stored;
    if (changedProperty !== undefined) {
      changes[changedProperty] = laterThan(now, [
        stored[changedProperty],
        bornProperty && stored[bornProperty],
      ]);
    }
    return { ...stored, ...changes };
  };
}

/** `now`, or a millisecond after the latest of `times` when the clock has not moved past it. */
function laterThan(now: string, times: unknown[]): string {
  let time = Date.parse(now);
  const nowTime = time;
  for (const value of times) {
    const earlier = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (earlier >= time) time = earlier + 1;
  }
  return time === nowTime ? now : new Date(time).toISOString();
}
