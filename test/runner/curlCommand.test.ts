import { execFile } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import type { RecordedRequest } from '../../conformance/model/exchange';
import { curlCommand } from '../../conformance/runner/curlCommand';
import { serveLocally } from '../support/serveLocally';
import { readBody } from './support/localServer';

const run = promisify(execFile);

describe('curlCommand', () => {
  test('the token is a double-quoted variable, everything else single-quoted', () => {
    const request: RecordedRequest = {
      method: 'POST',
      url: 'http://127.0.0.1:8080/api/org/v1/users',
      headers: { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json' },
      bodyText: `{"username":"o'neil"}`,
    };
    expect(curlCommand(request)).toBe(
      `curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' -H "Authorization: Bearer $CONTRACT_TOKEN" ` +
        `-H 'Content-Type: application/json' --data-binary '{"username":"o'\\''neil"}'`,
    );
  });

  test('an in-process app is reached through $BASE_URL', () => {
    const request: RecordedRequest = {
      method: 'POST',
      url: '/api/org/v1/users',
      headers: {},
      bodyText: '{}',
    };
    expect(curlCommand(request)).toBe(
      `curl -X POST "$BASE_URL/api/org/v1/users" -H 'Content-Type:' --data-binary '{}'`,
    );
  });

  test('a body with U+0000 is piped from printf', () => {
    const request: RecordedRequest = {
      method: 'POST',
      url: 'http://127.0.0.1:8080/x',
      headers: { 'content-type': 'application/json' },
      bodyText: '{"a":"\u0000%\\"}',
    };
    expect(curlCommand(request)).toBe(
      `printf '{"a":"\\000%%\\\\"}' | curl -X POST 'http://127.0.0.1:8080/x' -H 'Content-Type: application/json' --data-binary @-`,
    );
  });

  describe('run with bash, the server receives exactly the recorded request', () => {
    const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
    let server: Awaited<ReturnType<typeof serveLocally>>;
    beforeAll(async () => {
      server = await serveLocally((request, response) => {
        readBody(request).then((body) => {
          received.push({ headers: request.headers, body });
          response.end('{}');
        });
      });
    });
    afterAll(() => server.close());

    const bodies: [string, string][] = [
      ['plain JSON', '{"username":"ada","email":"ada@example.com"}'],
      ['quotes and shell characters', `{"a":"it's \\"$HOME\\" \`id\` !x % \\\\ ; | &"}`],
      ['U+0000 and other controls', '{"a":"x\u0000y\u0001\u001f\u007f\u0085"}'],
      ['newlines, tabs and a carriage return', '{"a":"line\\n"}\n\t\r\n'],
      ['BMP and astral-plane characters', '{"a":"José Núñez 日本 😀 𝄞"}'],
      ['an empty body', ''],
      ['a long body', `{"a":"${'x'.repeat(10_000)}"}`],
      ['a body that is not JSON', "{'a': 1,"],
    ];
    test.each(bodies)('%s', async (_name, bodyText) => {
      for (const [url, headers] of [
        [
          `${server.baseUrl}/api/org/v1/users`,
          { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json; charset=utf-8' },
        ],
        ['/api/org/v1/users', { authorization: 'Bearer $CONTRACT_FORBIDDEN_TOKEN' }],
      ] as const) {
        received.length = 0;
        const command = curlCommand({ method: 'POST', url, headers, bodyText });
        await run('bash', ['-c', `${command} --silent --show-error --fail`], {
          env: {
            PATH: process.env.PATH,
            CONTRACT_TOKEN: 'secret-value-1',
            CONTRACT_FORBIDDEN_TOKEN: 'secret-value-2',
            BASE_URL: server.baseUrl,
          },
        });
        expect(received).toHaveLength(1);
        const [got] = received;
        expect(got?.body.equals(Buffer.from(bodyText, 'utf8'))).toBe(true);
        if ('content-type' in headers) {
          expect(got?.headers.authorization).toBe('Bearer secret-value-1');
          expect(got?.headers['content-type']).toBe(headers['content-type']);
        } else {
          expect(got?.headers.authorization).toBe('Bearer secret-value-2');
          expect(got?.headers['content-type']).toBeUndefined();
        }
      }
    });
  });
});
