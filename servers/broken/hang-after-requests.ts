import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Requests answered before the server stops answering. */
export const ANSWERED_REQUESTS = 30;

/**
 * Answers its first 30 requests, then never answers again (an exhausted connection pool).
 * Run it as a child process: `node dist/servers/main.js --variant hang-after-requests`.
 */
export async function hangAfterRequests(options: ReferenceAppOptions): Promise<RequestListener> {
  let answered = 0;
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (answered >= ANSWERED_REQUESTS) return undefined;
    answered++;
    return response;
  });
}
