import { statusCodeConformance } from '../../conformance/checks/status-code-conformance';
import { evaluateOne } from '../../conformance/runner/evaluateExchange';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  exchangeFor,
  jsonResponse,
  malformedCase,
  modelCase,
  validCase,
  violationsOf,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (exchange: Parameters<typeof statusCodeConformance.check>[0]) =>
  statusCodeConformance.check(exchange, contextFor(contract));

const removedEmail = {
  name: 'remove-required-property',
  level: 'schema' as const,
  description: 'removed required property /email',
  pointer: '/email',
};
const wrongContentType = {
  name: 'wrong-content-type',
  level: 'transport' as const,
  description: 'sent as text/plain',
  pointer: '',
};

test('accepts the status the case expects', () => {
  expect(check(exchangeFor(validCase(), jsonResponse(201, {})))).toEqual([]);
  expect(check(exchangeFor(malformedCase(wrongContentType), jsonResponse(415, { message: 'no' })))).toEqual(
    [],
  );
  const forbiddenMalformed = malformedCase(removedEmail, { credentials: { mode: 'forbidden' } });
  expect(check(exchangeFor(forbiddenMalformed, jsonResponse(400, { message: 'no' })))).toEqual([]);
});

test('rejects a spec-valid edge value refused with 400, saying how to fix it', () => {
  const edge = validCase({ value: { ...ADA, lastName: 'x'.repeat(10000) }, edge: 'length-10000:/lastName' });
  expect(check(exchangeFor(edge, jsonResponse(400, { message: 'lastName is too long' })))).toEqual([
    {
      checkId: 'status-code-conformance',
      title: 'Unexpected status code',
      message:
        'Expected 201 for a spec-valid body (edge value length-10000:/lastName) with a valid token, received 400: ' +
        'the spec allows this body; most likely refused for 10,000 characters at /lastName: if the server limits it, declare maxLength',
      received: '400',
      documented: '201',
      cause: '201 -> 400',
    },
  ]);
});

test.each([
  [
    'a malformed body accepted',
    malformedCase(removedEmail),
    201,
    'Expected 400 for a malformed body (removed required property /email) with a valid token, received 201: ' +
      'the server accepted a body the spec forbids',
  ],
  [
    'an unknown token accepted',
    validCase({ credentials: { mode: 'unauthenticated', variant: 'unknown-token' } }),
    201,
    'Expected 401 for a spec-valid body with no valid credentials (unknown-token), received 201: ' +
      'the server accepted a request without valid credentials',
  ],
  [
    'an identity without permission accepted',
    validCase({ credentials: { mode: 'forbidden' } }),
    201,
    'Expected 403 for a spec-valid body with a valid token without permission, received 201: ' +
      'the server accepted a request from an identity without permission',
  ],
  [
    '401 for a forbidden identity',
    validCase({ credentials: { mode: 'forbidden' } }),
    401,
    'Expected 403 for a spec-valid body with a valid token without permission, received 401: ' +
      '401 is for missing or invalid credentials, a valid identity without permission gets 403',
  ],
  [
    '403 without credentials',
    validCase({ credentials: { mode: 'unauthenticated', variant: 'no-authorization' } }),
    403,
    'Expected 401 for a spec-valid body with no valid credentials (no-authorization), received 403: ' +
      '403 is for a valid identity without permission, missing or invalid credentials get 401',
  ],
  ['a server error', validCase(), 500, 'Expected 201 for a spec-valid body with a valid token, received 500'],
])('rejects %s', (_name, testCase, status, message) => {
  const verdict = check(exchangeFor(testCase, jsonResponse(status, { message: 'x' })));
  expect(verdict).toEqual([expect.objectContaining({ checkId: 'status-code-conformance', message })]);
});

test('a request without a body (a describe) is not called a spec-valid body', () => {
  const describe = {
    ...modelCase({ summary: '400 or 404' }, { id: 'U7K2/Q9XW3M' }),
    expectedStatuses: [400, 404],
  };
  expect(violationsOf(check(exchangeFor(describe, jsonResponse(500, { message: 'x' }))))).toEqual([
    expect.objectContaining({
      message: 'Expected 400 or 404 for a request without a body with a valid token, received 500',
    }),
  ]);
});

describe('a value that cannot carry the run nonce (empty x-lakesail-unique property)', () => {
  const emptyUsername = validCase({ value: { ...ADA, username: '' }, edge: 'empty-string:/username' });

  test('a 409 with an Error body is inconclusive, not a violation', () => {
    expect(check(exchangeFor(emptyUsername, jsonResponse(409, { message: 'username taken' })))).toEqual({
      inconclusive:
        "409 for an empty /username, which cannot carry the run's nonce: an earlier run may have taken the same value",
    });
  });

  test('another status that falls to default with an Error body is inconclusive too', () => {
    expect(check(exchangeFor(emptyUsername, jsonResponse(422, { message: 'taken' })))).toEqual({
      inconclusive:
        "422 for an empty /username, which cannot carry the run's nonce: an earlier run may have taken the same value",
    });
  });

  test.each([
    ['a 409 without an Error body', emptyUsername, jsonResponse(409, '<html>taken</html>')],
    ['a documented 400', emptyUsername, jsonResponse(400, { message: 'taken' })],
    ['a 500', emptyUsername, jsonResponse(500, { message: 'taken' })],
    ['a 409 for a username that carries the nonce', validCase(), jsonResponse(409, { message: 'taken' })],
  ])('%s stays a violation', (_name, testCase, response) => {
    expect(check(exchangeFor(testCase, response))).toHaveLength(1);
  });
});

test.each([
  ['a timeout', { kind: 'timeout', timeoutMs: 5000, connected: true }],
  ['a connection error', { kind: 'connection-error', code: 'ECONNRESET', message: 'reset', connected: true }],
] as const)(
  'counts an exchange that ended in %s as skipped, not passed: no status came back',
  (_name, ending) => {
    const outcome = evaluateOne(
      statusCodeConformance,
      exchangeFor(validCase(), ending),
      contextFor(contract),
    );
    expect(outcome).toEqual({ checkId: 'status-code-conformance', result: 'skipped', violations: [] });
  },
);

test.each([
  [
    'an empty string',
    { firstName: '' },
    'most likely refused for the empty string at /firstName: if the server requires a value, declare minLength: 1',
  ],
  [
    'an unknown property',
    { nickname: 'ada' },
    'most likely refused for the unknown property /nickname: the spec allows it; if the server refuses unknown properties, declare additionalProperties: false',
  ],
])('a valid body refused with 400 names the likely cause: %s', (_name, change, expected) => {
  const testCase = validCase({ value: { ...ADA, ...change } });
  const [violation] = violationsOf(check(exchangeFor(testCase, jsonResponse(400, { message: 'no' }))));
  expect(violation?.message).toContain(expected);
});

test('a 409 for a malformed body says an earlier request with its values was accepted', () => {
  const mutation = {
    name: 'violate-format',
    level: 'schema' as const,
    description: '/email has no @',
    pointer: '/email',
  };
  const testCase = malformedCase(mutation, { value: { ...ADA, email: 'ada.example.com' } });
  const [violation] = violationsOf(check(exchangeFor(testCase, jsonResponse(409, { message: 'taken' }))));
  expect(violation?.message).toContain(
    'a 409 says its unique values are taken, which only an accepted request could have done',
  );
});
