import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/**
 * Never answers a valid request whose `firstName` is empty (a retry loop that never ends).
 * Run it as a child process: `node dist/servers/main.js --variant hang-on-empty-first-name`.
 */
export async function hangOnEmptyFirstName(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (response.status !== 201) return response;
    return (JSON.parse(response.body) as { firstName?: unknown }).firstName === '' ? undefined : response;
  });
}
