import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Sends timestamps with a `+0100` offset (no colon): ISO 8601 basic style, which RFC 3339 does not allow. */
export async function offsetWithoutColon(options: ReferenceAppOptions): Promise<RequestListener> {
  const plusOneHour = (iso: unknown) =>
    `${new Date(Date.parse(String(iso)) + 3_600_000).toISOString().slice(0, 19)}+0100`;
  return rewriteCreatedUser(await createReferenceApp(options), (user) => ({
    ...user,
    createdAt: plusOneHour(user.createdAt),
    updatedAt: plusOneHour(user.updatedAt),
  }));
}
