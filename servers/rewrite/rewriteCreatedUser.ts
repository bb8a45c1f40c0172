import type { RequestListener } from 'node:http';
import { rewriteResponse, type SeenRequest } from './rewriteResponse';

export type CreatedUser = Record<string, unknown>;

/** Wraps an app so the user of every 201 goes through `rewrite` first; other responses pass unchanged. */
export function rewriteCreatedUser(
  app: RequestListener,
  rewrite: (user: CreatedUser, request: SeenRequest) => CreatedUser,
): RequestListener {
  return rewriteResponse(app, (response, request) => {
    if (response.status !== 201) return response;
    return { ...response, body: JSON.stringify(rewrite(JSON.parse(response.body) as CreatedUser, request)) };
  });
}
