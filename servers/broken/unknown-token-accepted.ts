import type { RequestListener } from 'node:http';
import { bearerToken, createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';

/** Checks that a bearer token is present, not that it is known: any unknown token acts as a valid identity. */
export async function unknownTokenAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  const app = await createReferenceApp(options);
  const known = new Set([...options.tokens, ...(options.forbiddenTokens ?? [])]);
  return (request, response) => {
    const presented = bearerToken(request.headers.authorization);
    if (presented !== undefined && !known.has(presented)) {
      request.headers.authorization = `Bearer ${options.tokens[0]}`;
    }
    app(request, response);
  };
}
