import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody, errorMessage } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Names the server's own files in error messages (`/var/lib/lakesail/schemas/user.json`), without a stack trace. */
export async function internalPathInError(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status === 400
      ? {
          ...response,
          body: errorBody(`${errorMessage(response.body)} (schema /var/lib/lakesail/schemas/user.json)`),
        }
      : response,
  );
}
