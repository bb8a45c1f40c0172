import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Describes an ID no user has as an empty user (`findOne(id) ?? {}`): 200 `{}` instead of 404. */
export function unknownId200(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    store: (store) => ({ ...store, get: async (id) => (await store.get(id)) ?? {} }),
  });
}
