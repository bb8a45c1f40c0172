import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Trims surrounding whitespace from every string it stores, so the echo differs from what was sent. */
export async function trimmedEcho(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) =>
    Object.fromEntries(
      Object.entries(user).map(([name, value]) => [name, typeof value === 'string' ? value.trim() : value]),
    ),
  );
}
