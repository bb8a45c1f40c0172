import { noTokenLeak } from '../../conformance/checks/no-token-leak';
import type { Exchange, RecordedResponse } from '../../conformance/model/exchange';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { screenOutcome } from '../../conformance/secrets/screenOutcome';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase, violationsOf } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});
const check = (exchange: Exchange) => violationsOf(noTokenLeak.check(exchange, contextFor(contract)));

const TOKEN = 'tok/en+w?th>=special';
const FORBIDDEN = 'forbidden-token-4e1a9c';
const secrets = createSecrets(TOKEN, FORBIDDEN);

/** The exchange as the kit's target records it: tokens replaced, and where they were. */
function recorded(response: RecordedResponse): Exchange {
  const exchange = exchangeFor(validCase(), response);
  return { ...exchange, ...screenOutcome(exchange.outcome, secrets) };
}

test('accepts a response without any presented token', () => {
  const exchange = recorded(jsonResponse(401, { message: 'The bearer token is not valid.' }));
  expect(check(exchange)).toEqual([]);
});

test('rejects a token echoed in an error body, saying where, which token and in which form, never the token', () => {
  const exchange = recorded(jsonResponse(401, { message: `Unknown token ${TOKEN}` }));
  const violations = check(exchange);
  expect(violations).toEqual([
    {
      checkId: 'no-token-leak',
      title: 'Token leaked in response',
      message: 'The 401 response body contains the token of CONTRACT_TOKEN (as is)',
      received: 'body: the token of CONTRACT_TOKEN (as is)',
      documented: 'no presented token in any response, in any form',
    },
  ]);
  expect(JSON.stringify(violations)).not.toContain(TOKEN);
});

test('one violation per place and token: both tokens in one header, and one in the body', () => {
  const both = `${Buffer.from(`Bearer ${TOKEN}`).toString('base64')} ${FORBIDDEN}`;
  const exchange = recorded({ status: 403, headers: { 'x-debug': both }, bodyText: FORBIDDEN });
  expect(check(exchange).map((violation) => violation.message)).toEqual([
    'The 403 response header x-debug contains the token of CONTRACT_TOKEN (base64)',
    'The 403 response header x-debug contains the token of CONTRACT_FORBIDDEN_TOKEN (as is)',
    'The 403 response body contains the token of CONTRACT_FORBIDDEN_TOKEN (as is)',
  ]);
});

test('nothing to check without a response', () => {
  const exchange = exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 100, connected: true });
  expect(check(exchange)).toEqual([]);
});
