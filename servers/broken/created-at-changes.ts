import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Writes every column on update, createdAt with the update's time (an upsert with the row's defaults). */
export function createdAtChanges(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    revisedUser(making, current, body) {
      const user = REFERENCE_PARTS.revisedUser(making, current, body);
      return { ...user, createdAt: user.updatedAt };
    },
  });
}
