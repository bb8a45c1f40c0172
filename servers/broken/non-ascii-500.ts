import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { errorBody } from '../rewrite/errorBody';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** Fails with 500 when it stores a user with any non-ASCII character (a Latin-1 database column). */
export async function nonAscii500(options: ReferenceAppOptions): Promise<RequestListener> {
  return rewriteResponse(await createReferenceApp(options), (response) =>
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the defect is exactly "anything outside ASCII".
    response.status === 201 && /[^\x00-\x7f]/.test(response.body)
      ? { ...response, status: 500, body: errorBody('Internal Server Error') }
      : response,
  );
}
