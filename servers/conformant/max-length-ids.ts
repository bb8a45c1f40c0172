import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends 20-character ids, the longest a ResourceId may be. */
export async function maxLengthIds(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    id: `USR00000${String(user.id)}`,
  }));
}
