import { createServer, type Server } from 'node:http';
import { errorBody } from '../rewrite/errorBody';

/** Answers every request with 429 and `Retry-After: 1`: the kit may wait, but never gets an answer. */
export async function always429(): Promise<Server> {
  return createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const body = errorBody('Too many requests; retry in 1 second.');
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      response.end(body);
    });
  });
}
