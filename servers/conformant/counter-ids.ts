import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Gives users IDs from a counter: "1", "2", "3", ... */
export function counterIds(options: ReferenceAppOptions): Promise<RequestListener> {
  let last = 0;
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    newId: () => {
      last++;
      return String(last);
    },
  });
}
