import { asObject, isObject, type JsonObject } from '../../core/json/jsonObject';
import { propertyRoles } from '../../core/spec/operationSemantics';
import type { ResourceCollection } from '../store/resourceCollections';
import type { ActionRealism, RealAnswer } from './actionRealism';
import { resourceMaker } from './resourceMaker';
import { storedAnswer } from './storedAnswer';

/**
 * `x-lakesail-action: create`: a 2xx answer is the resource the request made (see ResourceMaker: the submitted
 * values, a fresh ID, now), and the mock keeps it: describing it, updating it and the list of `GET /__mock/...`
 * find it. A documented `Location` header points at it (the path of the operations on one resource, with its
 * ID), or is left out when the spec has no such path. Refused: `409` for a taken unique value (`--unique`),
 * `507` when the store is full.
 */
export const createRealism: ActionRealism = (operation, where, tools) => {
  const requestSchema = operation.requestSchema;
  if (!requestSchema) return undefined;
  // Checked at start, so a malformed role stops the mock (exit 2) instead of failing a request.
  for (const response of operation.contract.responses) {
    if (/^2/.test(response.status)) propertyRoles(`${where}/responses/${response.status}`, response.schema);
  }
  const maker = resourceMaker(tools);
  const collection = tools.collections.of(operation.contract);
  return {
    answer({ status, submitted, base, headers, now }) {
      const responseSchema = operation.responseSchema(status);
      if (!responseSchema || !isObject(submitted)) return { status, headers, body: base };
      const created = maker.create(requestSchema, responseSchema, submitted, asObject(base), now);
      // Without a collection, or an ID the mock could make, there is nothing to find the resource by (nor to
      // point a Location at: the spec's example would name another resource).
      if (!collection || typeof created[collection.roles.id] !== 'string') {
        return { status, headers: withLocation(headers, undefined, created), body: created };
      }
      const outcome = tools.store.add(collection, created);
      return storedAnswer(outcome, collection, tools.store, (resource) => ({
        status,
        headers: withLocation(headers, collection, resource),
        body: resource,
      }));
    },
  };
};

function withLocation(
  headers: Record<string, string>,
  collection: ResourceCollection | undefined,
  resource: JsonObject,
): RealAnswer['headers'] {
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'location');
  if (name === undefined) return headers;
  const { [name]: _example, ...others } = headers;
  if (collection?.itemPath === undefined || collection.itemParameter === undefined) return others;
  const { itemPath, itemParameter } = collection;
  const id = encodeURIComponent(String(resource[collection.roles.id]));
  return { ...others, Location: itemPath.replace(`{${itemParameter}}`, id) };
}
