import { echoedProperties, userEcho } from '../../conformance/checks/user-echo';
import { type Contract, documentedResponse, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  malformedCase,
  validCase,
  violationsOf,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const padded = { ...ADA, firstName: '  Ada ', lastName: 'Lo\u0000velace', displayName: '🚀 Ada', extra: 'x' };

test('the echoed properties come from the spec: request properties the 201 schema also has', () => {
  const userSchema = documentedResponse(contract.operation, 201)?.schema ?? {};
  const requested = Object.keys(contract.operation.requestSchema.properties as object);
  expect(echoedProperties(contract.operation.requestSchema, userSchema)).toEqual(requested);
  expect(echoedProperties({ properties: { a: {}, b: {} } }, { properties: { b: {}, c: {} } })).toEqual(['b']);
});

test('accepts a 201 returning every submitted value exactly, without unknown extra properties', () => {
  const { extra: _extra, ...known } = padded;
  const exchange = exchangeFor(validCase({ value: padded }), jsonResponse(201, createdUser(known)));
  expect(userEcho.check(exchange, contextFor(contract))).toEqual([]);
});

test('rejects a 201 that trims a submitted value', () => {
  const exchange = exchangeFor(
    validCase({ value: padded }),
    jsonResponse(201, createdUser({ ...padded, firstName: 'Ada' })),
  );
  expect(userEcho.check(exchange, contextFor(contract))).toEqual([
    {
      checkId: 'user-echo',
      title: 'Submitted values not echoed',
      message:
        'The 201 response changed /firstName (first difference at character 0: submitted U+0020, received U+0041: surrounding whitespace; submitted 6 characters, received 3)',
      received: '/firstName: "Ada"',
      documented: '/firstName: "  Ada " (as submitted)',
      cause: 'surrounding whitespace',
    },
  ]);
});

test('rejects a 201 that truncates a long value or leaves a property out', () => {
  const long = { ...ADA, lastName: 'x'.repeat(1000) };
  const returned: Record<string, unknown> = createdUser({ ...long, lastName: 'x'.repeat(255) });
  delete returned.displayName;
  const exchange = exchangeFor(validCase({ value: long }), jsonResponse(201, returned));
  expect(
    violationsOf(userEcho.check(exchange, contextFor(contract))).map((violation) => violation.message),
  ).toEqual([
    'The 201 response changed /lastName (first difference at character 255: submitted U+0078, received the end; submitted 1000 characters, received 255)',
    'The 201 response lacks /displayName, which was submitted',
  ]);
});

test('applies to valid bodies only, and only to 2xx JSON objects', () => {
  expect(userEcho.appliesTo(validCase())).toBe(true);
  const removed = {
    name: 'remove-required-property',
    level: 'schema' as const,
    description: 'x',
    pointer: '',
  };
  expect(userEcho.appliesTo(malformedCase(removed))).toBe(false);
  const context = contextFor(contract);
  expect(userEcho.check(exchangeFor(validCase(), jsonResponse(400, { message: 'x' })), context)).toEqual([]);
  expect(userEcho.check(exchangeFor(validCase(), jsonResponse(201, 'not json')), context)).toEqual([]);
});

test.each([
  [
    'another normalization',
    'Chloe\u0301',
    'Chlo\u00e9',
    'submitted U+0065, received U+00E9: the same text in another Unicode normalization (NFC/NFD)',
  ],
  [
    'a zero-width character',
    'Ada\u200b',
    'Ada',
    'submitted U+200B, received the end: zero-width characters added or removed',
  ],
  ['letter case', 'Ada@Example.COM', 'ada@example.com', 'submitted U+0041, received U+0061: letter case'],
])('a difference a person cannot see is named: %s', (_kind, sent, got, expected) => {
  const testCase = validCase({ value: { ...ADA, firstName: sent } });
  const answer = jsonResponse(201, createdUser({ ...ADA, firstName: got }));
  const [violation] = violationsOf(userEcho.check(exchangeFor(testCase, answer), contextFor(contract)));
  expect(violation?.message).toContain(expected);
});

test('the cause of a change is the kind its message names: a trimmed trailing space is surrounding whitespace, not cut short', () => {
  const testCase = validCase({ value: { ...ADA, firstName: 'Ada ' } });
  const answer = jsonResponse(201, createdUser({ ...ADA, firstName: 'Ada' }));
  const [violation] = violationsOf(userEcho.check(exchangeFor(testCase, answer), contextFor(contract)));
  expect(violation).toMatchObject({ cause: 'surrounding whitespace' });
  expect(violation?.message).toContain(': surrounding whitespace;');
});
