import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import type { UniqueKey, User } from '../reference/userStore';

/** The email address no other user may have, in any letter case. */
export function emailKey(user: User): UniqueKey[] {
  const { email } = user;
  return typeof email === 'string'
    ? [{ key: `email ${email.toLowerCase()}`, names: `the email address ${email}` }]
    : [];
}

/** Refuses (409) a create or an update whose email address another user has, compared in any letter case. */
export function takenEmail409AnyCase(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, { ...REFERENCE_PARTS, uniqueKeys: emailKey });
}
