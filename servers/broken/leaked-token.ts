import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody, errorMessage } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Quotes the request's Authorization header (the bearer token) in every error message. */
export async function leakedToken(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    const authorization = request.incoming.headers.authorization;
    if (response.status < 400 || authorization === undefined) return response;
    return {
      ...response,
      body: errorBody(`${errorMessage(response.body)} (request Authorization: ${authorization})`),
    };
  });
}
