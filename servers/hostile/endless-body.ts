import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { answerInstead } from './answerInstead';
import { streamBody } from './streamBody';

/** Answers every request with the reference's status and a chunked body that never ends. */
export async function endlessBody(options: ReferenceAppOptions): Promise<Server> {
  const app = answerInstead(await createReferenceApp(options), (captured, response) => {
    const { 'content-length': _, ...headers } = captured.headers;
    response.writeHead(captured.status, headers);
    response.write('[');
    streamBody(response, Buffer.from('"lakesail",'.repeat(6000)), Number.POSITIVE_INFINITY);
  });
  return createServer(app);
}
