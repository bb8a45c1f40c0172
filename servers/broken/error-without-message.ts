import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorMessage } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends errors as `{"error": ...}`, without the `message` property the Error schema requires. */
export async function errorWithoutMessage(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status >= 400
      ? { ...response, body: JSON.stringify({ error: errorMessage(response.body) }) }
      : response,
  );
}
