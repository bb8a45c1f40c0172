import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { answerInstead } from './answerInstead';
import { streamBody } from './streamBody';

export const HUGE_BODY_BYTES = 200 * 1024 * 1024;

/** Answers every created user with 201 and a 200 MB body (spaces after the user: still valid JSON). */
export async function hugeCreatedBody(options: ReferenceAppOptions): Promise<Server> {
  const app = answerInstead(await createReferenceApp(options), (captured, response) => {
    const body = captured.status === 201 ? HUGE_BODY_BYTES : Buffer.byteLength(captured.body);
    response.writeHead(captured.status, { ...captured.headers, 'content-length': body });
    response.write(captured.body);
    streamBody(response, Buffer.alloc(64 * 1024, ' '), body - Buffer.byteLength(captured.body));
  });
  return createServer(app);
}
