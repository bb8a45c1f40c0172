import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS, type ReferenceParts } from '../reference/referenceParts';
import type { UniqueKey, User } from '../reference/userStore';

/** The username no other user may have, compared exactly. */
export function usernameKey(user: User): UniqueKey[] {
  const { username } = user;
  return typeof username === 'string'
    ? [{ key: `username ${username}`, names: `the username ${username}` }]
    : [];
}

export const TAKEN_USERNAME_PARTS: ReferenceParts = { ...REFERENCE_PARTS, uniqueKeys: usernameKey };

/** Refuses (409) a create or an update whose username another user already has, compared exactly. */
export function takenUsername409(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, TAKEN_USERNAME_PARTS);
}
