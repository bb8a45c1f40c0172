import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorMessage } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/**
 * Adds properties the schemas do not name (`links` to every user it answers with, created, described or
 * updated; `code` to an error) and extra headers.
 */
export async function richerBodies(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => {
    const headers = { ...response.headers, 'x-request-id': 'req-0001', 'cache-control': 'no-store' };
    if (response.status < 300) {
      const user = JSON.parse(response.body) as { id: string };
      const body = JSON.stringify({ ...user, links: { self: `/api/org/v1/users/${user.id}` } });
      return { ...response, headers, body };
    }
    const body = JSON.stringify({ message: errorMessage(response.body), code: `E${response.status}` });
    return { ...response, headers, body };
  });
}
