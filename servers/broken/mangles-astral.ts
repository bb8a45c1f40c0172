import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Stores characters outside the BMP (emoji) as U+FFFD, as MySQL's 3-byte `utf8` does, so the echo differs. */
export async function manglesAstral(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) =>
    Object.fromEntries(
      Object.entries(user).map(([name, value]) => [
        name,
        typeof value === 'string' ? value.replace(/[\u{10000}-\u{10FFFF}]/gu, '\uFFFD') : value,
      ]),
    ),
  );
}
