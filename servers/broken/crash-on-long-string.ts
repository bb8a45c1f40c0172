import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/**
 * Crashes the whole process (an uncaught exception) when it stores a string longer than 1,000 characters.
 * Run it only as a child process: `node dist/servers/main.js --variant crash-on-long-string`.
 */
export async function crashOnLongString(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteCreatedUser(await createReferenceApp(options), (user) => {
    for (const value of Object.values(user)) {
      if (typeof value === 'string' && value.length > 1000) {
        throw new RangeError('value too long for column (limit 1000)');
      }
    }
    return user;
  });
}
