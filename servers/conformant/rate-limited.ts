import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Every 60th request: 429 with `Retry-After: 1`, which a client waits out, instead of the answer. */
export async function rateLimited(options: ReferenceAppOptions): Promise<RequestListener> {
  let requests = 0;
  return rewriteResponse(await createReferenceApp(options), (response) => {
    requests++;
    if (requests % 60 !== 0) return response;
    return {
      status: 429,
      headers: { ...response.headers, 'retry-after': '1' },
      body: errorBody('Too many requests; retry in 1 second.'),
    };
  });
}
