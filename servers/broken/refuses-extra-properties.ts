import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Refuses (400) a body with a property UserSpec does not name, though the contract allows and ignores them. */
export async function refusesExtraProperties(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    if (response.status !== 201) return response;
    const sent = Object.keys(JSON.parse(request.bodyText) as object);
    const echoed = Object.keys(JSON.parse(response.body) as object);
    const unknown = sent.filter((name) => !echoed.includes(name));
    if (unknown.length === 0) return response;
    return { ...response, status: 400, body: errorBody(`Unknown property '${unknown[0]}'.`) };
  });
}
