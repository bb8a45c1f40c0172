import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Makes a new user with `Object.assign(user, body)`: a body's `id`, `createdAt` or `updatedAt` replaces the server's. */
export function massAssignment(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    newUser: (making, id, body) => Object.assign(REFERENCE_PARTS.newUser(making, id, body), body),
  });
}
