import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Never checks the permission on update: an identity without CanManageUsers updates users (200). */
export function forbiddenUpdateAllowed(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    refusesWithoutPermission: (operation) =>
      operation.action !== 'update' && REFERENCE_PARTS.refusesWithoutPermission(operation),
  });
}
