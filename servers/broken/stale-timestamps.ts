import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sends `createdAt` and `updatedAt` a day in the past (a cached clock, a wrong time zone). */
export async function staleTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  const dayBefore = (iso: unknown) => new Date(Date.parse(String(iso)) - DAY_MS).toISOString();
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    createdAt: dayBefore(user.createdAt),
    updatedAt: dayBefore(user.updatedAt),
  }));
}
