import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends the created user's `displayName` as `display_name` (snake case). */
export async function renamedDisplayName(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), ({ displayName, ...user }) => ({
    ...user,
    display_name: displayName,
  }));
}
