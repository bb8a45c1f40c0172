import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Echoes the request's Authorization header, base64-encoded, in an `X-Debug-Auth` response header. */
export async function tokenInHeader(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    const authorization = request.incoming.headers.authorization;
    if (authorization === undefined) return response;
    const debug = Buffer.from(authorization).toString('base64');
    return { ...response, headers: { ...response.headers, 'x-debug-auth': debug } };
  });
}
