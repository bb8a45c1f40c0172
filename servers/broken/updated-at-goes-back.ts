import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Stamps updatedAt on update from a clock 60 s behind (the database host's), so it goes back. */
export function updatedAtGoesBack(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    revisedUser: (making, current, body) => ({
      ...REFERENCE_PARTS.revisedUser(making, current, body),
      updatedAt: making.format(making.nowMs - 60_000),
    }),
  });
}
