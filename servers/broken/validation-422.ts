import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Answers a schema-invalid body with 422 Unprocessable Content, which the contract does not document, not 400. */
export async function validation422(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    if (response.status !== 400) return response;
    try {
      JSON.parse(request.bodyText);
    } catch {
      return response; // Text that is not JSON still gets 400.
    }
    return { ...response, status: 422 };
  });
}
