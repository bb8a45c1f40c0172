import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Compares the whole Content-Type header: a correct `application/json; charset=utf-8` request gets 415. */
export async function charset415(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    const contentType = request.incoming.headers['content-type'];
    if ((response.status !== 201 && response.status !== 400) || contentType === 'application/json')
      return response;
    if (contentType === undefined || !contentType.startsWith('application/json')) return response;
    return {
      ...response,
      status: 415,
      body: errorBody(`The request body must be application/json, not ${contentType}.`),
    };
  });
}
