import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Drops U+0000 from the strings it stores (PostgreSQL text cannot hold it), so the echo differs. */
export async function stripsNul(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) =>
    Object.fromEntries(
      Object.entries(user).map(([name, value]) => [
        name,
        typeof value === 'string' ? value.replaceAll('\u0000', '') : value,
      ]),
    ),
  );
}
