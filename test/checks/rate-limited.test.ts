import { rateLimited } from '../../conformance/checks/rate-limited';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (exchange: Parameters<typeof rateLimited.check>[0]) =>
  rateLimited.check(exchange, contextFor(contract));

test('accepts any exchange the run did not give up on, a 429 waited out included', () => {
  expect(check(exchangeFor(validCase(), jsonResponse(201, {})))).toEqual([]);
  expect(check(exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true }))).toEqual([]);
});

test('rejects the exchange where the run stopped for rate limits, naming the rule', () => {
  const exchange = exchangeFor(validCase(), {
    kind: 'rate-limited',
    rule: 'it answered the same request 429 3 times running',
    response: jsonResponse(429, { message: 'slow down' }, { 'retry-after': '1' }),
  });
  expect(check(exchange)).toEqual([
    {
      checkId: 'rate-limited',
      title: 'Rate limited without end',
      message: 'The run stopped: it answered the same request 429 3 times running; nothing more was sent',
      received: '429 with Retry-After: 1',
      documented: 'rate limits the kit can wait out: Retry-After up to 10 s, an answer by the third try',
    },
  ]);
});
