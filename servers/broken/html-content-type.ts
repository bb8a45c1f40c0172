import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends the created user's JSON labelled `Content-Type: text/html` (a framework default left in place). */
export async function htmlContentType(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status === 201
      ? { ...response, headers: { ...response.headers, 'content-type': 'text/html; charset=utf-8' } }
      : response,
  );
}
