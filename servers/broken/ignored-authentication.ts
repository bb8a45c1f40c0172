import type { RequestListener } from 'node:http';
import { bearerToken, createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';

/** Serves a request without a known bearer token (none, another scheme, an unknown one) as a valid identity. */
export async function ignoredAuthentication(options: ReferenceAppOptions): Promise<RequestListener> {
  const app = await createReferenceApp(options);
  const known = new Set([...options.tokens, ...(options.forbiddenTokens ?? [])]);
  return (request, response) => {
    const presented = bearerToken(request.headers.authorization);
    if (presented === undefined || !known.has(presented)) {
      request.headers.authorization = `Bearer ${options.tokens[0]}`;
    }
    app(request, response);
  };
}
