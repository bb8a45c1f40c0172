import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends ids in lower case (`u7k2q9xw3m1a`), against the ResourceId pattern `^[A-Z0-9]+$`. */
export async function lowercaseId(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    id: String(user.id).toLowerCase(),
  }));
}
