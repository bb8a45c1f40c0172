import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { emailKey } from './taken-email-409-any-case';
import { usernameKey } from './taken-username-409';

/** Refuses (409, a `default` Error) a username or an email address (in any case) that another user already has. */
export function uniqueUsernames(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    uniqueKeys: (user) => [...usernameKey(user), ...emailKey(user)],
  });
}
