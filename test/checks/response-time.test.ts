import { responseTime } from '../../conformance/checks/response-time';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  SENT_AT,
  validCase,
  violationsOf,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

test('accepts a response within the timeout', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(201, createdUser()), { receivedAt: SENT_AT + 5000 });
  expect(responseTime.check(exchange, contextFor(contract))).toEqual([]);
});

test('rejects a request that got no response within the timeout', () => {
  const exchange = exchangeFor(
    validCase(),
    { kind: 'timeout', timeoutMs: 5000, connected: true },
    { receivedAt: SENT_AT + 5000 },
  );
  expect(responseTime.check(exchange, contextFor(contract))).toEqual([
    {
      checkId: 'response-time',
      title: 'Response time limit exceeded',
      message: 'No response within 5000 ms',
      received: 'no response after 5000 ms',
      documented: 'a response within 5000 ms',
      cause: 'no response',
    },
  ]);
});

test('rejects a late response that a target could not cut off', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(201, createdUser()), { receivedAt: SENT_AT + 5001 });
  expect(responseTime.check(exchange, contextFor(contract))).toEqual([
    expect.objectContaining({ message: 'The response took 5001 ms, more than the 5000 ms limit' }),
  ]);
});

test('a hang and a late answer are distinct causes: a slow first request does not hide a hang after it', () => {
  const hang = exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true });
  const late = exchangeFor(validCase(), jsonResponse(201, createdUser()), { receivedAt: SENT_AT + 5001 });
  const causes = [hang, late].map(
    (exchange) => violationsOf(responseTime.check(exchange, contextFor(contract)))[0]?.cause,
  );
  expect(new Set(causes).size).toBe(2);
});

test('leaves connection errors to no-connection-error', () => {
  const exchange = exchangeFor(validCase(), {
    kind: 'connection-error',
    code: 'ECONNRESET',
    message: 'reset',
    connected: true,
  });
  expect(responseTime.check(exchange, contextFor(contract))).toEqual([]);
});
