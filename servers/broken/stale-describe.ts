import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import type { User } from '../reference/userStore';

/** Describes users from a cache filled when each is created, which an update never refreshes. */
export function staleDescribe(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    store(store) {
      const cache = new Map<string, User>();
      return {
        ...store,
        async create(user) {
          const outcome = await store.create(user);
          if (outcome.kind === 'stored') cache.set(String(user.id), outcome.user);
          return outcome;
        },
        get: async (id) => cache.get(id) ?? store.get(id),
      };
    },
  });
}
