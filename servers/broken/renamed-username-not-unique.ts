import type { RequestListener } from 'node:http';
import { TAKEN_USERNAME_PARTS } from '../conformant/taken-username-409';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import type { UniqueKey, User } from '../reference/userStore';

/**
 * Keeps usernames unique (409, a legal choice), but indexes a user's username only when it is created: after an
 * update changes it, the new username is free for a create (two users share it) and the old one stays taken.
 */
export function renamedUsernameNotUnique(options: ReferenceAppOptions): Promise<RequestListener> {
  const first = new Map<string, string>();
  const uniqueKeys = (user: User): UniqueKey[] => {
    const { id, username } = user;
    if (typeof username !== 'string') return [];
    const indexed = first.get(String(id)) ?? username;
    first.set(String(id), indexed);
    return [{ key: `username ${indexed}`, names: `the username ${indexed}` }];
  };
  return createUsersApp(options, { ...TAKEN_USERNAME_PARTS, uniqueKeys });
}
