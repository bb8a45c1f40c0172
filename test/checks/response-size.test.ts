import { responseSize } from '../../conformance/checks/response-size';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const LIMIT = 2 * 1024 * 1024;

test('accepts a body read whole', () => {
  const exchange = exchangeFor(validCase(), jsonResponse(201, createdUser()));
  expect(responseSize.check(exchange, contextFor(contract, { maxResponseBytes: LIMIT }))).toEqual([]);
});

test('rejects a body cut at the size limit, with the length the server declared', () => {
  const cut = { ...jsonResponse(201, ' '.repeat(100)), bodyCutAtBytes: LIMIT };
  cut.headers['content-length'] = '209715200';
  const exchange = exchangeFor(validCase(), cut);
  expect(responseSize.check(exchange, contextFor(contract, { maxResponseBytes: LIMIT }))).toEqual([
    {
      checkId: 'response-size',
      title: 'Response size limit exceeded',
      message:
        'The 201 response body is longer than 2,097,152 bytes: the kit read that much and closed the connection',
      received: 'more than 2,097,152 bytes (Content-Length: 209715200)',
      documented: 'a body of at most 2,097,152 bytes (--max-response-bytes)',
    },
  ]);
});
