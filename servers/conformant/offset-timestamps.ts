import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends timestamps in the server's local time with an RFC 3339 offset (`2026-11-28T11:00:00.000+01:00`). */
export async function offsetTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  const inCet = (iso: unknown) =>
    `${new Date(Date.parse(String(iso)) + 3_600_000).toISOString().slice(0, 23)}+01:00`;
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    createdAt: inCet(user.createdAt),
    updatedAt: inCet(user.updatedAt),
  }));
}
