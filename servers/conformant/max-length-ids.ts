import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Gives users 20-character IDs, the longest a ResourceId may be. */
export function maxLengthIds(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    newId: async (taken) => `USR00000${await REFERENCE_PARTS.newId((id) => taken(`USR00000${id}`))}`,
  });
}
