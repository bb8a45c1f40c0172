import { statusCodeDocumented } from '../../conformance/checks/status-code-documented';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
let withoutDefault: Contract;
beforeAll(async () => {
  contract = await loadContract();
  const responses = contract.operation.responses.filter((response) => response.status !== 'default');
  withoutDefault = { ...contract, operation: { ...contract.operation, responses } };
});

test('accepts a status documented exactly or by default', () => {
  const context = contextFor(contract);
  expect(statusCodeDocumented.check(exchangeFor(validCase(), jsonResponse(403, {})), context)).toEqual([]);
  expect(statusCodeDocumented.check(exchangeFor(validCase(), jsonResponse(500, {})), context)).toEqual([]);
});

test('rejects a status the spec does not document', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(500, { message: 'boom' }));
  expect(statusCodeDocumented.check(exchange, contextFor(withoutDefault))).toEqual([
    {
      checkId: 'status-code-documented',
      title: 'Undocumented status code',
      message: 'Status 500 is not documented for POST /api/org/v1/users',
      received: '500',
      documented: '201, 400, 401, 403',
    },
  ]);
});

test('has nothing to check without a response', () => {
  const exchange = exchangeFor(validCase(), {
    kind: 'connection-error',
    code: 'ECONNRESET',
    message: 'reset',
    connected: true,
  });
  expect(statusCodeDocumented.check(exchange, contextFor(withoutDefault))).toEqual([]);
});
