import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Numbers users from an auto-increment counter and sends the id as a JSON number (1, 2, 3, ...). */
export async function numericId(options: ReferenceAppOptions): Promise<RequestListener> {
  let next = 1;
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({ ...user, id: next++ }));
}
