import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { raceWindow } from '../variation/raceWindow';

/**
 * Locks optimistically and never retries: an update that finds the user changed since it read it throws, and
 * of two concurrent updates one fails with 500.
 */
export function concurrentUpdate500(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    store: (store) => ({
      ...store,
      async update(id, revise) {
        const read = await store.get(id);
        await raceWindow();
        if ((await store.get(id)) !== read) throw new Error(`version conflict on user ${id}`);
        return store.update(id, revise);
      },
    }),
  });
}
