import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * Describes from a replica that receives each new user only when the next one is created: the user just
 * created is 404.
 */
export function createdUser404(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    store(store) {
      let notReplicated: string | undefined;
      return {
        ...store,
        async create(user) {
          const outcome = await store.create(user);
          if (outcome.kind === 'stored') notReplicated = String(user.id);
          return outcome;
        },
        get: async (id) => (id === notReplicated ? undefined : store.get(id)),
      };
    },
  });
}
