import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Leaves the required `displayName` out of the created user. */
export async function missingDisplayName(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), ({ displayName: _, ...user }) => user);
}
