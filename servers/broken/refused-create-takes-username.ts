import type { RequestListener } from 'node:http';
import { TAKEN_USERNAME_PARTS } from '../conformant/taken-username-409';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';

/**
 * Keeps usernames unique (409, a legal choice: the conformant taken-username-409), but inserts a new user
 * before validating it and never rolls back: a create refused with 400 still takes its username.
 */
export function refusedCreateTakesUsername(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...TAKEN_USERNAME_PARTS,
    steps: (action) =>
      action === 'create'
        ? ['authenticate', 'authorize', 'body', 'act', 'validate']
        : TAKEN_USERNAME_PARTS.steps(action),
  });
}
