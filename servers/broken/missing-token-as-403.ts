import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Answers a request without an Authorization header with 403 instead of 401. */
export async function missingTokenAs403(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    if (response.status !== 401 || request.incoming.headers.authorization !== undefined) return response;
    const { 'www-authenticate': _, ...headers } = response.headers;
    return { status: 403, headers, body: errorBody('Access denied.') };
  });
}
