import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Destroys the connection, without any response, when it would store a string longer than 1,000 characters. */
export async function resetOnLongString(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response, request) => {
    if (response.status !== 201) return response;
    const user = JSON.parse(response.body) as Record<string, unknown>;
    if (!Object.values(user).some((value) => typeof value === 'string' && value.length > 1000))
      return response;
    request.incoming.socket.destroy();
    return undefined;
  });
}
