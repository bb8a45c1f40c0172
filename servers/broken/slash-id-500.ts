import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * Describes a user without checking its ID first, from a store that keys users by path: an ID holding a slash
 * (sent as %2F, decoded by the router) is a nested key, and the lookup throws: 500 where a malformed ID gets 400
 * or 404. Every other malformed ID is simply not found (404, as the contract allows).
 */
export function slashId500(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: (action) =>
      action === 'describe'
        ? REFERENCE_PARTS.steps(action).filter((step) => step !== 'resource-id')
        : REFERENCE_PARTS.steps(action),
    store: (store) => ({
      ...store,
      async get(id) {
        if (id.includes('/')) throw new Error(`users/${id}: a key of the users table has no nested path`);
        return store.get(id);
      },
    }),
  });
}
