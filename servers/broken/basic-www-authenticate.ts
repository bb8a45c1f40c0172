import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends `WWW-Authenticate: Basic realm="lakesail"` with 401, where the contract documents the Bearer scheme. */
export async function basicWwwAuthenticate(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status === 401
      ? { ...response, headers: { ...response.headers, 'www-authenticate': 'Basic realm="lakesail"' } }
      : response,
  );
}
