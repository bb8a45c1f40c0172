import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends 401 without the required `WWW-Authenticate` header. */
export async function noWwwAuthenticate(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (response.status !== 401) return response;
    const { 'www-authenticate': _, ...headers } = response.headers;
    return { ...response, headers };
  });
}
