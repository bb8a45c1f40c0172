import { runCli } from '../../cli/runCli';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { intercept, sendJson } from '../runner/support/localServer';
import { docBlock } from '../support/docBlock';
import { fakeIo } from '../support/fakeIo';
import { type LocalServer, serveLocally } from '../support/serveLocally';

const TOKEN = 'doc-sample-token-0123456789';
let server: LocalServer;
let printed: string[];

beforeAll(async () => {
  const app = await createReferenceApp({ tokens: [TOKEN] });
  // The server of the docs' sample: 500 to a valid token whenever the username holds an X.
  server = await serveLocally(
    intercept(app, (request, body, response) => {
      let username: unknown;
      try {
        username = JSON.parse(body.toString('utf8'))?.username;
      } catch {
        return false;
      }
      if (request.headers.authorization !== `Bearer ${TOKEN}`) return false;
      if (typeof username !== 'string' || !username.includes('X')) return false;
      sendJson(response, 500, { message: 'internal error' });
      return true;
    }),
  );
  printed = await sampleRun();
});
afterAll(() => server.close());

/** The run the samples show, its URL and duration as in the docs. */
async function sampleRun(): Promise<string[]> {
  const io = fakeIo({ CI: 'false', CONTRACT_TOKEN: TOKEN });
  const code = await runCli(
    ['check', '--target', server.baseUrl, '--seed', '1873', '--run-id', 'k3x9q2'],
    io,
  );
  expect(code).toBe(1);
  return (
    io.out
      .replaceAll(server.baseUrl, 'http://127.0.0.1:8080')
      // The server gives its users random ids; the docs show the spec's example id.
      .replace(/\/api\/org\/v1\/users\/[A-Z0-9]+/g, '/api/org/v1/users/U7K2Q9XW3M')
      .replace(/, \d+\.\d s \(seed/, ', 3.1 s (seed')
      .split('\n')
  );
}

test.each([
  ['docs/kit.md', '### What it prints'],
  ['README.md', 'A failure reads:'],
])('the sample output of %s is what check prints, line for line', (doc, marker) => {
  const sample = docBlock(doc, marker, '')
    .split('\n')
    .filter((line) => line !== '' && line !== '...');
  expect(sample.filter((line) => !printed.includes(line))).toEqual([]);
});
