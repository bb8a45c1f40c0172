import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { answerInstead } from './answerInstead';

/** Sends the reference's answers with a byte that is not UTF-8 (0xFF) at the start of the body's first string. */
export async function invalidUtf8(options: ReferenceAppOptions): Promise<Server> {
  const app = answerInstead(await createReferenceApp(options), (captured, response) => {
    const text = Buffer.from(captured.body);
    const at = text.indexOf('":"') + 3;
    const body = Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
    response.writeHead(captured.status, { ...captured.headers, 'content-length': body.length });
    response.end(body);
  });
  return createServer(app);
}
