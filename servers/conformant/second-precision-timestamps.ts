import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends timestamps cut to the second (`2026-11-28T10:00:00Z`), as many databases store them. */
export async function secondPrecisionTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  const toSecond = (iso: unknown) => `${String(iso).slice(0, 19)}Z`;
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    createdAt: toSecond(user.createdAt),
    updatedAt: toSecond(user.updatedAt),
  }));
}
