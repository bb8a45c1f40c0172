/**
 * `src/app.ts` of a scratch project: what the docs' snippets import from a team's own code
 * (`import { createApp } from '../src/app'`), a server that refuses everything with 400.
 */
export const TEAM_APP = `import type { RequestListener } from 'node:http';

export function createApp(_options: { database?: string } = {}): RequestListener {
  return (request, response) => {
    request.resume();
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end('{"message":"not yet"}');
  };
}
`;
