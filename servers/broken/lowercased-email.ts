import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Stores the email address in lower case, so `Ada@Example.com` comes back as `ada@example.com`. */
export async function lowercasedEmail(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    email: String(user.email).toLowerCase(),
  }));
}
