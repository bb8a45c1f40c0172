import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Stores strings in a VARCHAR(255): longer values come back cut to 255 characters (the spec sets no limit). */
export async function truncatedNames(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) =>
    Object.fromEntries(
      Object.entries(user).map(([name, value]) => [
        name,
        typeof value === 'string' ? value.slice(0, 255) : value,
      ]),
    ),
  );
}
