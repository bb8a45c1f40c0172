import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends timestamps as `2026-11-28 10:00:00`: a space instead of `T` and no time zone, which is not RFC 3339. */
export async function spaceSeparatedTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  const sqlStyle = (iso: unknown) => String(iso).slice(0, 19).replace('T', ' ');
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    createdAt: sqlStyle(user.createdAt),
    updatedAt: sqlStyle(user.updatedAt),
  }));
}
