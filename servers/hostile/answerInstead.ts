import type { RequestListener, ServerResponse } from 'node:http';
import { type CapturedResponse, rewriteResponse } from '../rewrite/rewriteResponse';

/**
 * Wraps an app (the reference) so `answer` writes each response itself, knowing what the app would have sent:
 * for hostile answers that a single `end(body)` cannot give (streamed, endless, cut off).
 */
export function answerInstead(
  app: RequestListener,
  answer: (captured: CapturedResponse, response: ServerResponse) => void,
): RequestListener {
  return (request, response) => {
    const rewritten = rewriteResponse(app, (captured) => {
      // rewriteResponse put its own writeHead and end on the response; the prototype's are the real ones.
      Reflect.deleteProperty(response, 'writeHead');
      Reflect.deleteProperty(response, 'end');
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      answer(captured, response);
      return undefined;
    });
    rewritten(request, response);
  };
}
