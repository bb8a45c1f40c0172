import { type RequestListener, STATUS_CODES } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Sends errors as `text/plain` reason phrases (`Bad Request`) instead of the JSON `Error` body. */
export async function textPlainErrors(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status >= 400
      ? {
          status: response.status,
          headers: { ...response.headers, 'content-type': 'text/plain; charset=utf-8' },
          body: STATUS_CODES[response.status] ?? 'Error',
        }
      : response,
  );
}
