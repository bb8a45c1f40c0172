import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody, errorMessage } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

const STACK = [
  '    at createUser (/srv/app/users.js:42:7)',
  '    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)',
].join('\n');

/** Appends the server's stack trace, with its internal paths, to every error message. */
export async function stackTraceInError(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    response.status >= 400
      ? { ...response, body: errorBody(`Error: ${errorMessage(response.body)}\n${STACK}`) }
      : response,
  );
}
