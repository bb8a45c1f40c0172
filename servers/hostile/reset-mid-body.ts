import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { answerInstead } from './answerInstead';

/** Sends the reference's status, headers and the first half of its body, then resets the connection. */
export async function resetMidBody(options: ReferenceAppOptions): Promise<Server> {
  const app = answerInstead(await createReferenceApp(options), (captured, response) => {
    response.writeHead(captured.status, captured.headers);
    response.write(captured.body.slice(0, Math.floor(captured.body.length / 2)), () => {
      response.socket?.resetAndDestroy();
    });
  });
  return createServer(app);
}
