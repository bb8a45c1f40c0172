import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import type { User } from '../reference/userStore';

/** Normalizes the domain of an email address to lower case (validator.js `normalizeEmail`): `Ada@Example.COM` comes back `Ada@example.com`. */
export function lowercasedEmailDomain(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    newUser: (making, id, body) => normalized(REFERENCE_PARTS.newUser(making, id, body)),
    revisedUser: (making, current, body) => normalized(REFERENCE_PARTS.revisedUser(making, current, body)),
  });
}

function normalized(user: User): User {
  if (typeof user.email !== 'string') return user;
  const at = user.email.lastIndexOf('@');
  return { ...user, email: `${user.email.slice(0, at + 1)}${user.email.slice(at + 1).toLowerCase()}` };
}
