import { notAServerError } from '../../conformance/checks/not-a-server-error';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, jsonResponse, validCase, violationsOf } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (status: number, body: unknown) =>
  notAServerError.check(exchangeFor(validCase(), jsonResponse(status, body)), contextFor(contract));

test.each([201, 400, 401, 403, 409, 429, 499])('accepts %s', (status) => {
  expect(check(status, { message: 'x' })).toEqual([]);
});

test('rejects a 500', () => {
  expect(check(500, { message: 'Cannot read properties of undefined' })).toEqual([
    {
      checkId: 'not-a-server-error',
      title: 'Server error',
      message: 'The server answered 500: a server error is never a conformant answer',
      received: '500 {"message":"Cannot read properties of undefined"}',
      documented: 'a status below 500',
    },
  ]);
});

test('rejects every 5xx, with a long body cut short', () => {
  const [violation] = violationsOf(check(503, 'x'.repeat(1000)));
  expect(violation?.received).toBe(`503 ${'x'.repeat(196)}… (804 more characters)`);
});

test('never cuts a long body inside a surrogate pair', () => {
  const [violation] = violationsOf(check(500, `${'x'.repeat(195)}🚀🚀🚀`));
  expect(violation?.received).toBe(`500 ${'x'.repeat(195)}… (6 more characters)`);
});
