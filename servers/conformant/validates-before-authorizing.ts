import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * Validates the request before it checks the permission: an identity without it gets 400 (or 415) for a
 * malformed request, and 403 only for a valid one. The contract allows either order.
 */
export function validatesBeforeAuthorizing(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: () => ['authenticate', 'resource-id', 'body', 'validate', 'authorize', 'act'],
  });
}
