import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends 25-character ids, over the ResourceId maxLength of 20. */
export async function tooLongId(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    id: String(user.id).padEnd(25, '0'),
  }));
}
