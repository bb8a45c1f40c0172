import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { raceWindow } from '../variation/raceWindow';

/** Takes IDs from a counter read before an `await` and written after: two concurrent creates get the same one. */
export function concurrentCreatesShareId(options: ReferenceAppOptions): Promise<RequestListener> {
  let next = 1;
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    async newId() {
      const id = next;
      await raceWindow();
      next = id + 1;
      return String(id);
    },
  });
}
