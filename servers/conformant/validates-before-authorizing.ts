import type { RequestListener } from 'node:http';
import { bearerToken, createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/**
 * Validates the request before it checks the permission: an identity without it gets 400 (or 415) for a
 * malformed request, and 403 only for a valid one. The contract allows either order.
 */
export async function validatesBeforeAuthorizing(options: ReferenceAppOptions): Promise<RequestListener> {
  const forbidden = new Set(options.forbiddenTokens ?? []);
  const app = await createReferenceApp({
    ...options,
    tokens: [...options.tokens, ...forbidden],
    forbiddenTokens: [],
  });
  return rewriteResponse(app, (response, request) => {
    const presented = bearerToken(request.incoming.headers.authorization);
    if (response.status !== 201 || presented === undefined || !forbidden.has(presented)) return response;
    return {
      ...response,
      status: 403,
      body: errorBody('The identity does not have the CanManageUsers permission.'),
    };
  });
}
