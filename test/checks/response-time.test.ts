import { responseTime } from '../../conformance/checks/response-time';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, jsonResponse, SENT_AT, validCase } from './exchangeFor';

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
    },
  ]);
});

test('rejects a late response that a target could not cut off', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(201, createdUser()), { receivedAt: SENT_AT + 5001 });
  expect(responseTime.check(exchange, contextFor(contract))).toEqual([
    expect.objectContaining({ message: 'The response took 5001 ms, more than the 5000 ms limit' }),
  ]);
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
