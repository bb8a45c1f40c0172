import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Gives every created user the same id. */
export async function constantId(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({ ...user, id: 'U7K2Q9XW3M' }));
}
