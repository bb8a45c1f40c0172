import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Answers a valid identity without permission with 401 (as if unauthenticated) instead of 403. */
export async function forbiddenAs401(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status === 403
      ? {
          status: 401,
          headers: { ...response.headers, 'www-authenticate': 'Bearer realm="lakesail"' },
          body: errorBody('The bearer token is not valid.'),
        }
      : response,
  );
}
