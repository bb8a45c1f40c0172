import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Checks an update's user ID and body before its token: a malformed update without a token gets 400, not 401. */
export function validatesBeforeAuthenticating(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: (action) =>
      action === 'update'
        ? ['resource-id', 'body', 'validate', 'authenticate', 'authorize', 'act']
        : REFERENCE_PARTS.steps(action),
  });
}
