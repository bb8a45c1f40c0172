import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Refuses (403) an identity without CanManageUsers on every operation, describing a user too. */
export function describeForbidden403(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, { ...REFERENCE_PARTS, refusesWithoutPermission: () => true });
}
