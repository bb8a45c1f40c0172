import type { RequestListener } from 'node:http';
import { TAKEN_USERNAME_PARTS } from '../conformant/taken-username-409';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import type { UniqueKey, User } from '../reference/userStore';

/**
 * Keeps usernames unique (409, a legal choice), but its index only ever adds: a user that changes its username
 * keeps holding the old one, so a create with it gets 409 though no user has it any more.
 */
export function renamedUsernameStaysTaken(options: ReferenceAppOptions): Promise<RequestListener> {
  const held = new Map<string, Set<string>>();
  const uniqueKeys = (user: User): UniqueKey[] => {
    const { id, username } = user;
    if (typeof username !== 'string') return [];
    const names = held.get(String(id)) ?? new Set<string>();
    held.set(String(id), names.add(username));
    return [...names].map((name) => ({ key: `username ${name}`, names: `the username ${name}` }));
  };
  return createUsersApp(options, { ...TAKEN_USERNAME_PARTS, uniqueKeys });
}
