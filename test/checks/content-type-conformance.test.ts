import { contentTypeConformance } from '../../conformance/checks/content-type-conformance';
import type { RecordedResponse } from '../../conformance/model/exchange';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, exchangeFor, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (response: RecordedResponse) =>
  contentTypeConformance.check(exchangeFor(validCase(), response), contextFor(contract));
const withContentType = (status: number, contentType: string | undefined): RecordedResponse => ({
  status,
  headers: contentType === undefined ? {} : { 'content-type': contentType },
  bodyText: '{"message":"x"}',
});

test.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'])(
  'accepts %s',
  (contentType) => {
    expect(check(withContentType(400, contentType))).toEqual([]);
  },
);

test('rejects an HTML error page', () => {
  expect(check(withContentType(500, 'text/html; charset=utf-8'))).toEqual([
    {
      checkId: 'content-type-conformance',
      title: 'Undocumented Content-Type',
      message:
        'The 500 response Content-Type text/html; charset=utf-8 is not documented, documented application/json',
      received: 'text/html; charset=utf-8',
      documented: 'application/json',
    },
  ]);
});

test('rejects a missing Content-Type when a body is documented', () => {
  expect(check(withContentType(201, undefined))).toEqual([
    {
      checkId: 'content-type-conformance',
      title: 'Undocumented Content-Type',
      message: 'The 201 response has no Content-Type, documented application/json',
      received: '(missing)',
      documented: 'application/json',
    },
  ]);
});

test('rejects a JSON-like type that is not the documented one', () => {
  expect(check(withContentType(201, 'application/problem+json'))).toHaveLength(1);
});
