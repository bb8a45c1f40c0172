import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Refuses (400) empty strings, a minimum length the spec does not declare. */
export async function refusesEmptyStrings(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (response.status !== 201) return response;
    const empty = Object.entries(JSON.parse(response.body) as object).find(([, value]) => value === '');
    return empty ? { ...response, status: 400, body: errorBody(`${empty[0]} must not be empty.`) } : response;
  });
}
