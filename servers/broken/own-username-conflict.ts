import type { RequestListener } from 'node:http';
import { TAKEN_USERNAME_PARTS } from '../conformant/taken-username-409';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import type { UserStore } from '../reference/userStore';

/** Marks a username no update sets, to see whether an update sets one. */
const PROBE = '\u0000probe';

/**
 * Keeps usernames unique (409, a legal choice), but asks "does any user have this username?" without leaving
 * out the user being updated: an update that sends the username the user already has gets 409.
 */
export function ownUsernameConflict(options: ReferenceAppOptions): Promise<RequestListener> {
  const store = (inner: UserStore): UserStore => ({
    ...inner,
    async update(id, revise) {
      const current = await inner.get(id);
      const setsUsername =
        current !== undefined && revise({ ...current, username: PROBE }).username !== PROBE;
      if (current && setsUsername && revise(current).username === current.username) {
        return { kind: 'conflict', message: `Another user already has the username ${current.username}.` };
      }
      return inner.update(id, revise);
    },
  });
  return createUsersApp(options, { ...TAKEN_USERNAME_PARTS, store });
}
