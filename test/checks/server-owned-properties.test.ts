import { serverOwnedProperties } from '../../conformance/checks/server-owned-properties';
import { serverOwnedPropertyNames } from '../../conformance/checks/support/serverOwnedPropertyNames';
import { type Contract, documentedResponse, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  malformedCase,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

// A body that tries to set what the server owns (mass assignment).
const PLANTED = {
  ...ADA,
  id: 'U7K2Q9XW3M',
  createdAt: '2001-02-03T04:05:06.789Z',
  updatedAt: '2001-02-03T04:05:06.789Z',
};

test('the server-owned properties come from the spec: roles, and response properties the request lacks', () => {
  const user = documentedResponse(contract.operation, 201);
  if (!user) throw new Error('no 201');
  expect(serverOwnedPropertyNames(contract.operation, user)).toEqual(['id', 'createdAt', 'updatedAt']);
  const request = { requestBody: { schema: { properties: { name: {}, slug: {} } } } } as never;
  const response = { schema: { properties: { key: {}, name: {}, slug: {}, at: {} } }, roles: { id: 'slug' } };
  expect(serverOwnedPropertyNames(request, response)).toEqual(['key', 'slug', 'at']);
});

test("accepts a 201 that ignores the body's id and times: a fresh id, the server's own times", () => {
  const answered = createdUser(ADA, { id: 'K9F2M1X7Q0' });
  const exchange = exchangeFor(validCase({ value: PLANTED }), jsonResponse(201, answered));
  expect(serverOwnedProperties.check(exchange, contextFor(contract))).toEqual([]);
});

test('rejects a 201 that took them from the body, a time written another way too', () => {
  const answered = createdUser(ADA, { id: PLANTED.id, createdAt: '2001-02-03T04:05:06.789+00:00' });
  const exchange = exchangeFor(validCase({ value: PLANTED }), jsonResponse(201, answered));
  expect(serverOwnedProperties.check(exchange, contextFor(contract))).toEqual([
    {
      checkId: 'server-owned-properties',
      title: 'Server-owned property set by the request',
      message:
        "The 201 response's /id is the value the request body sent: the body set a property the server owns",
      received: '/id: "U7K2Q9XW3M" (as sent)',
      documented: "/id: the server's own, whatever the body sends",
    },
    {
      checkId: 'server-owned-properties',
      title: 'Server-owned property set by the request',
      message:
        "The 201 response's /createdAt is the value the request body sent: the body set a property the server owns",
      received: '/createdAt: "2001-02-03T04:05:06.789+00:00" (as sent)',
      documented: "/createdAt: the server's own, whatever the body sends",
    },
  ]);
});

test('applies to valid bodies of a create, and only to 2xx JSON objects', () => {
  const removed = {
    name: 'remove-required-property',
    level: 'schema' as const,
    description: 'x',
    pointer: '',
  };
  expect(serverOwnedProperties.appliesTo(validCase())).toBe(true);
  expect(serverOwnedProperties.appliesTo(malformedCase(removed))).toBe(false);
  expect(serverOwnedProperties.appliesTo({ ...validCase(), action: 'describe' })).toBe(false);
  const context = contextFor(contract);
  const refused = exchangeFor(
    validCase({ value: PLANTED }),
    jsonResponse(400, { message: 'x', id: PLANTED.id }),
  );
  expect(serverOwnedProperties.check(refused, context)).toEqual([]);
  expect(
    serverOwnedProperties.check(exchangeFor(validCase(), jsonResponse(201, 'not json')), context),
  ).toEqual([]);
});
