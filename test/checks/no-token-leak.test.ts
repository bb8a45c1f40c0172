import { noTokenLeak } from '../../conformance/checks/no-token-leak';
import type { RecordedResponse } from '../../conformance/model/exchange';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const TOKEN = 'tok/en+w?th>=special';
const check = (response: RecordedResponse, secrets = [TOKEN]) =>
  noTokenLeak.check(exchangeFor(validCase(), response), contextFor(contract, { secrets }));

test('accepts a response without any presented token', () => {
  expect(check(jsonResponse(401, { message: 'The bearer token is not valid.' }))).toEqual([]);
});

test('rejects a token echoed in an error body, without printing it', () => {
  const violations = check(jsonResponse(401, { message: `Unknown token ${TOKEN}` }));
  expect(violations).toEqual([
    {
      checkId: 'no-token-leak',
      title: 'Token leaked in response',
      message: 'The 401 response body contains a presented token',
      received: 'body: a presented token',
      documented: 'no presented token in any response',
    },
  ]);
  expect(JSON.stringify(violations)).not.toContain(TOKEN);
});

test.each([
  ['URL-encoded', 'header location', { location: `/login?token=${encodeURIComponent(TOKEN)}` }, ''],
  ['base64', 'header x-debug', { 'x-debug': Buffer.from(TOKEN).toString('base64') }, ''],
  ['base64url', 'body', {}, `{"message":"${Buffer.from(TOKEN).toString('base64url')}"}`],
  ['JSON-escaped', 'body', {}, `{"message":"${TOKEN.replace('/', '\\/')}"}`],
])('rejects a token %s', (form, where, headers, bodyText) => {
  const response: RecordedResponse = { status: 400, headers, bodyText };
  expect(check(response)).toEqual([
    expect.objectContaining({ message: `The 400 response ${where} contains a presented token (${form})` }),
  ]);
});

test.each([
  ['at offset 0', ''],
  ['after "Bearer " (offset 1 modulo 3)', 'Bearer '],
  ['after "user:" (offset 2 modulo 3)', 'user:'],
])('rejects a token inside base64 of a longer text, %s', (_where, prefix) => {
  for (const encoding of ['base64', 'base64url'] as const) {
    const leaked = Buffer.from(`${prefix}${TOKEN};trailer`).toString(encoding);
    const response: RecordedResponse = { status: 401, headers: { 'x-debug-auth': leaked }, bodyText: '' };
    expect(check(response)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^The 401 response header x-debug-auth contains a presented token \(base64(url)?\)$/,
        ),
      }),
    ]);
  }
});

test('ignores tokens shorter than 8 characters (the runner warns about them)', () => {
  expect(check(jsonResponse(400, { message: 'abc1234 is not valid' }), ['abc1234'])).toEqual([]);
});
