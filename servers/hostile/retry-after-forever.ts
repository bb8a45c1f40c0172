import { createServer, type Server } from 'node:http';
import { errorBody } from '../rewrite/errorBody';

/** Answers every request with 429 and `Retry-After: 999999` (11 days). */
export async function retryAfterForever(): Promise<Server> {
  return createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '999999' });
      response.end(errorBody('Too many requests; come back in 11 days.'));
    });
  });
}
