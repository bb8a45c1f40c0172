import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { raceWindow } from '../variation/raceWindow';

/**
 * Updates by read, `await`, write: of two concurrent updates, the later write puts back what it read, so the
 * other update is lost.
 */
export function lostUpdate(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    store: (store) => ({
      ...store,
      async update(id, revise) {
        const read = await store.get(id);
        if (!read) return { kind: 'missing' };
        await raceWindow();
        return store.update(id, () => revise(read));
      },
    }),
  });
}
