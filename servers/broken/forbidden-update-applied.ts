import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Checks the permission of an update after applying it (an after-hook): 403, but the user has changed. */
export function forbiddenUpdateApplied(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: (action) =>
      action === 'update'
        ? ['authenticate', 'resource-id', 'body', 'validate', 'act', 'authorize']
        : REFERENCE_PARTS.steps(action),
  });
}
