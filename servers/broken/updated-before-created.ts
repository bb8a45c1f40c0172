import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends `updatedAt` 30 s before `createdAt`: both within any clock skew, but in the wrong order. */
export async function updatedBeforeCreated(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    updatedAt: new Date(Date.parse(String(user.createdAt)) - 30_000).toISOString(),
  }));
}
