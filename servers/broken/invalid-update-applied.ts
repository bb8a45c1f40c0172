import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Validates an update after applying it: 400, but the user already holds the invalid values. */
export function invalidUpdateApplied(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: (action) =>
      action === 'update'
        ? ['authenticate', 'authorize', 'resource-id', 'body', 'act', 'validate']
        : REFERENCE_PARTS.steps(action),
  });
}
