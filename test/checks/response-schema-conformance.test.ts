import { responseSchemaConformance } from '../../conformance/checks/response-schema-conformance';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (status: number, body: unknown) =>
  responseSchemaConformance.check(exchangeFor(validCase(), jsonResponse(status, body)), contextFor(contract));

test('accepts a body matching the schema of its status, and default for an undocumented one', () => {
  expect(check(201, createdUser())).toEqual([]);
  expect(check(201, createdUser(undefined, { createdAt: '2026-01-15T10:30:00.25+01:00' }))).toEqual([]);
  expect(check(400, { message: 'request body must have required property email' })).toEqual([]);
  expect(check(409, { message: 'username taken' })).toEqual([]);
});

test('rejects a date-time with a space separator, naming the pointer and the reason', () => {
  expect(check(201, createdUser(undefined, { createdAt: '2026-01-01 10:00:00Z' }))).toEqual([
    {
      checkId: 'response-schema-conformance',
      title: 'Response violates schema',
      message:
        'The 201 response body does not match #/components/schemas/User: /createdAt must match format "date-time"',
      received: '/createdAt: "2026-01-01 10:00:00Z"',
      documented: '#/components/schemas/User',
    },
  ]);
});

test.each([
  ['a +0100 zone', { updatedAt: '2026-01-15T10:30:00+0100' }, '/updatedAt must match format "date-time"'],
  ['an id outside ResourceId', { id: 'u-7k2q' }, '/id must match pattern "^[A-Z0-9]+$"'],
  ['an id too long for ResourceId', { id: 'A'.repeat(21) }, '/id must NOT have more than 20 characters'],
  ['a missing property', { email: undefined }, "(root) must have required property 'email'"],
])('rejects %s', (_name, overrides, reason) => {
  const body = JSON.parse(JSON.stringify(createdUser(undefined, overrides)));
  expect(check(201, body)).toEqual([
    expect.objectContaining({
      message: `The 201 response body does not match #/components/schemas/User: ${reason}`,
    }),
  ]);
});

test('reports every mismatch, not just the first', () => {
  expect(check(201, { id: 'x' })).toHaveLength(8);
});

test('rejects an error body that is not JSON, against default for an undocumented status', () => {
  expect(check(502, '<html><body>Bad Gateway</body></html>')).toEqual([
    {
      checkId: 'response-schema-conformance',
      title: 'Response violates schema',
      message:
        'The 502 response body is not JSON (Unexpected token \'<\', "<html><bod"... is not valid JSON), documented #/components/schemas/Error',
      received: '<html><body>Bad Gateway</body></html>',
      documented: '#/components/schemas/Error',
    },
  ]);
  expect(check(400, '')).toEqual([
    expect.objectContaining({
      message: 'The 400 response body is not JSON (the body is empty), documented #/components/schemas/Error',
      received: '(empty body)',
    }),
  ]);
});
