import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Lets the JSON parser's exception escape: 500 instead of 400 for a body that is not JSON. */
export async function invalidJson500(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    if (response.status !== 400 || parses(request.bodyText)) return response;
    return { ...response, status: 500, body: errorBody('Internal Server Error') };
  });
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
