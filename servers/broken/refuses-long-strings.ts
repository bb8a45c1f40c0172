import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Refuses (400) strings over 255 characters, a maximum length the spec does not declare. */
export async function refusesLongStrings(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (response.status !== 201) return response;
    const long = Object.entries(JSON.parse(response.body) as object).find(
      ([, value]) => typeof value === 'string' && value.length > 255,
    );
    return long ? { ...response, status: 400, body: errorBody(`${long[0]} is too long.`) } : response;
  });
}
