import { isObject } from '../../core/json/jsonObject';
import type { ResourceCollection } from '../store/resourceCollections';

/** Prism's example body, with its ID replaced by the one a request named: an answer never names another one. */
export function exampleAbout(base: unknown, collection: ResourceCollection, id: string | undefined): unknown {
  const property = collection.roles.id;
  if (id === undefined || !isObject(base) || !(property in base)) return base;
  return { ...base, [property]: id };
}
