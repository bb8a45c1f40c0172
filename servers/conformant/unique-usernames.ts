import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Refuses (409, a `default` Error) a username or an email address that an earlier user already has. */
export async function uniqueUsernames(options: ReferenceAppOptions): Promise<RequestListener> {
  const taken = new Set<string>();
  return rewriteResponse(await createReferenceApp(options), (response) => {
    if (response.status !== 201) return response;
    const { username, email } = JSON.parse(response.body) as { username: string; email: string };
    const keys = [`username:${username}`, `email:${email.toLowerCase()}`];
    if (keys.some((key) => taken.has(key))) {
      return {
        ...response,
        status: 409,
        body: errorBody('A user with this username or email already exists.'),
      };
    }
    for (const key of keys) taken.add(key);
    return response;
  });
}
