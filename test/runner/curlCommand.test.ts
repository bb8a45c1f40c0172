import { execFile } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import type { Credentials } from '../../conformance/model/credentials';
import type { RecordedRequest } from '../../conformance/model/exchange';
import type { TestCase } from '../../conformance/model/testCase';
import { curlCommand } from '../../conformance/runner/curlCommand';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { openTarget } from '../../conformance/target/openTarget';
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

  test('a token in the URL or in the body is a double-quoted variable there too (printf takes it as %s)', () => {
    const inQuery: RecordedRequest = {
      method: 'POST',
      url: 'http://127.0.0.1:8080/api/org/v1/users?access_token=$CONTRACT_TOKEN',
      headers: { 'content-type': 'application/json' },
      bodyText: '{"a":"it\'s","access_token":"$CONTRACT_TOKEN"}',
    };
    expect(curlCommand(inQuery)).toBe(
      `curl -X POST "http://127.0.0.1:8080/api/org/v1/users?access_token=$CONTRACT_TOKEN" ` +
        `-H 'Content-Type: application/json' --data-binary '{"a":"it'\\''s","access_token":"'"$CONTRACT_TOKEN"'"}'`,
    );
    expect(curlCommand({ ...inQuery, bodyText: '{"a":"\u0000%","access_token":"$CONTRACT_TOKEN"}' })).toMatch(
      /^printf '\{"a":"\\000%%","access_token":"%s"\}' "\$CONTRACT_TOKEN" \| curl /,
    );
  });

  describe('run with bash, the server receives exactly the recorded request', () => {
    const received: { url: string | undefined; headers: IncomingHttpHeaders; body: Buffer }[] = [];
    let server: Awaited<ReturnType<typeof serveLocally>>;
    beforeAll(async () => {
      server = await serveLocally((request, response) => {
        readBody(request).then((body) => {
          received.push({ url: request.url, headers: request.headers, body });
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

    // What the kit sends for the credential variants that move the token, and what their curl line sends.
    test.each([
      ['the token in the query', { mode: 'unauthenticated', variant: 'token-in-query' }, '{"a":"x"}'],
      ['the token in the body', { mode: 'unauthenticated', variant: 'token-in-body' }, '{"a":"x"}'],
      [
        'the token in a body with U+0085',
        { mode: 'unauthenticated', variant: 'token-in-body' },
        '{"a":"x\u0085"}',
      ],
      ['junk after the token', { mode: 'unauthenticated', variant: 'junk-after-token' }, '{"a":"x"}'],
      ['the scheme in upper case', { mode: 'valid', variant: 'upper-case-scheme' }, '{"a":"x"}'],
    ] as [string, Credentials, string][])(
      '%s: the same bytes as the kit sent',
      async (_name, credentials, bodyText) => {
        const token = 'curl-Token-0123~456';
        const open = await openTarget(
          { baseUrl: server.baseUrl },
          {
            operations: [{ operationId: 'CreateUser', method: 'POST', path: '/api/org/v1/users' }],
            secrets: createSecrets(token, undefined),
            maxResponseBytes: 1024,
          },
        );
        const testCase: TestCase = {
          operationId: 'CreateUser',
          action: 'create',
          pathParameters: {},
          credentials,
          body: { mode: 'valid', origin: { kind: 'generated' }, value: JSON.parse(bodyText) },
          bodyText,
          contentType: 'application/json',
          expectedStatuses: [401],
          label: 'test',
        };
        received.length = 0;
        let exchange: Awaited<ReturnType<typeof open.exchange>>;
        try {
          exchange = await open.exchange(testCase, 2000);
        } finally {
          await open.close();
        }
        expect(JSON.stringify(exchange.request)).not.toContain(token);
        await run('bash', ['-c', `${curlCommand(exchange.request)} --silent --show-error --fail`], {
          env: { PATH: process.env.PATH, CONTRACT_TOKEN: token },
        });
        const [kit, curl] = received;
        expect(curl?.body.toString('utf8')).toBe(kit?.body.toString('utf8'));
        expect(curl?.headers.authorization).toBe(kit?.headers.authorization);
        expect(curl?.url).toBe(kit?.url);
        expect(`${kit?.url} ${kit?.headers.authorization} ${kit?.body}`).toContain(token);
      },
    );
  });
});
