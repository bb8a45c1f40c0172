import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { answerInstead } from './answerInstead';
import { streamBody } from './streamBody';

export const LARGE_BODY_BYTES = 8 * 1024 * 1024;

/** Pads every response body to 8 MB with spaces after the JSON (still valid JSON, with the reference's status). */
export async function largeEveryResponse(options: ReferenceAppOptions): Promise<Server> {
  const app = answerInstead(await createReferenceApp(options), (captured, response) => {
    response.writeHead(captured.status, { ...captured.headers, 'content-length': LARGE_BODY_BYTES });
    response.write(captured.body);
    streamBody(response, Buffer.alloc(64 * 1024, ' '), LARGE_BODY_BYTES - Buffer.byteLength(captured.body));
  });
  return createServer(app);
}
