import { noConnectionError } from '../../conformance/checks/no-connection-error';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

test('accepts any complete response, even an error', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(500, { message: 'x' }));
  expect(noConnectionError.check(exchange, contextFor(contract))).toEqual([]);
});

test('rejects a connection reset before a complete response', () => {
  const exchange = exchangeFor(validCase(), {
    kind: 'connection-error',
    code: 'ECONNRESET',
    message: 'socket hang up',
    connected: true,
  });
  expect(noConnectionError.check(exchange, contextFor(contract))).toEqual([
    {
      checkId: 'no-connection-error',
      title: 'Connection failed',
      message: 'The connection failed before a complete response: ECONNRESET socket hang up',
      received: 'ECONNRESET: socket hang up',
      documented: 'a complete HTTP response',
    },
  ]);
});

test('leaves timeouts to response-time', () => {
  const exchange = exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true });
  expect(noConnectionError.check(exchange, contextFor(contract))).toEqual([]);
});
