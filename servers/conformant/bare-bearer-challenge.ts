import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends `WWW-Authenticate: Bearer` without parameters, and `application/json` without a charset. */
export async function bareBearerChallenge(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => ({
    ...response,
    headers: {
      ...response.headers,
      'content-type': 'application/json',
      ...(response.status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    },
  }));
}
