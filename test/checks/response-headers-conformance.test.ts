import { responseHeadersConformance } from '../../conformance/checks/response-headers-conformance';
import type { RecordedResponse } from '../../conformance/model/exchange';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const unauthenticated = validCase({ credentials: { mode: 'unauthenticated', variant: 'no-authorization' } });
const check = (response: RecordedResponse) =>
  responseHeadersConformance.check(exchangeFor(unauthenticated, response), contextFor(contract));
const invalidToken = { message: 'The bearer token is not valid.' };

test('accepts a 401 with a Bearer WWW-Authenticate header', () => {
  expect(check(jsonResponse(401, invalidToken, { 'www-authenticate': 'Bearer realm="lakesail"' }))).toEqual(
    [],
  );
  expect(check(jsonResponse(401, invalidToken, { 'www-authenticate': 'bearer' }))).toEqual([]);
});

test('rejects a 401 without WWW-Authenticate', () => {
  expect(check(jsonResponse(401, invalidToken))).toEqual([
    {
      checkId: 'response-headers-conformance',
      title: 'Response header not as documented',
      message: 'The 401 response lacks the required header WWW-Authenticate',
      received: '(missing)',
      documented: 'WWW-Authenticate (required)',
    },
  ]);
});

test('rejects a WWW-Authenticate header of another scheme', () => {
  expect(check(jsonResponse(401, invalidToken, { 'www-authenticate': 'Basic realm="x"' }))).toEqual([
    {
      checkId: 'response-headers-conformance',
      title: 'Response header not as documented',
      message:
        'The 401 response header WWW-Authenticate does not match its schema: WWW-Authenticate must match pattern "^[Bb][Ee][Aa][Rr][Ee][Rr]( |$)"',
      received: 'WWW-Authenticate: Basic realm="x"',
      documented: 'WWW-Authenticate: {"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]( |$)"}',
    },
  ]);
});

test('has nothing to demand of a status without documented headers', () => {
  expect(check(jsonResponse(403, { message: 'no' }))).toEqual([]);
});
