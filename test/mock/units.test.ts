import { checkBearer } from '../../mock/checkBearer';
import { cleanGenerated } from '../../mock/cleanGenerated';
import { createdBody } from '../../mock/createdBody';
import { describeBodyIssues } from '../../mock/describeBodyIssues';

// The small pure parts of the mock, each with an input it accepts and one it rewrites or refuses.
const tokens = { tokens: new Set(['good']), forbiddenTokens: new Set(['viewer']) };

describe('checkBearer', () => {
  test.each([
    ['Bearer good', 'allowed'],
    ['bearer good', 'allowed'],
    ['BEARER   good ', 'allowed'],
    ['Bearer viewer', 'forbidden'],
  ])('%s: %s', (header, outcome) => {
    expect(checkBearer(header, tokens).outcome).toBe(outcome);
  });

  test.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['Basic Z29vZA==', 'not-bearer'],
    ['Bearer', 'no-token'],
    ['Bearer a b', 'no-token'],
    ['Bearer other', 'unknown-token'],
  ])('%s: 401 (%s), and the message never holds the token', (header, reason) => {
    const check = checkBearer(header, tokens);
    expect(check).toMatchObject({ outcome: 'unauthenticated', reason });
    if (check.outcome === 'unauthenticated') expect(check.message).not.toMatch(/good|other/);
  });

  test('without --token any token is allowed, forbidden ones still get 403', () => {
    const open = { tokens: new Set<string>(), forbiddenTokens: new Set(['viewer']) };
    expect(checkBearer('Bearer whatever', open).outcome).toBe('allowed');
    expect(checkBearer('Bearer viewer', open).outcome).toBe('forbidden');
  });
});

describe('cleanGenerated', () => {
  const schema = {
    type: 'object',
    properties: {
      createdAt: { type: 'string', format: 'date-time' },
      tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
  };
  const now = '2026-03-01T10:00:00.000Z';

  test('drops invented properties at every level and makes every date-time now', () => {
    const generated = {
      createdAt: '1897-06-19T23:57:54.0Z',
      dolor_741: 1,
      tags: [{ name: 'a', extra: true }],
    };
    expect(cleanGenerated(schema, generated, now)).toEqual({ createdAt: now, tags: [{ name: 'a' }] });
  });

  test('keeps extra properties the schema declares', () => {
    const open = { type: 'object', properties: {}, additionalProperties: { type: 'number' } };
    expect(cleanGenerated(open, { a: 1 }, now)).toEqual({ a: 1 });
  });
});

describe('createdBody', () => {
  const requestSchema = { properties: { name: { type: 'string' }, note: { type: 'string' } } };
  const responseSchema = {
    required: ['id', 'name', 'note', 'createdAt'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      note: { type: 'string' },
      createdAt: { type: 'string', format: 'date-time' },
      kind: { enum: ['user'] },
    },
  };
  const base = {
    id: 'EXAMPLE',
    name: 'example',
    note: 'example note',
    createdAt: '2020-01-01T00:00:00Z',
    kind: 'user',
  };

  test('echoes shared properties, makes server ones fresh, keeps what it cannot make', () => {
    const body = createdBody({
      requestSchema,
      responseSchema,
      submitted: { name: ' Ada ', extra: 1 },
      base,
      now: 'NOW',
      freshId: (schema) => ((schema as { type?: string }).type === 'string' ? 'FRESH' : undefined),
    });
    // `note` was not submitted but is required: the example's value stays.
    expect(body).toEqual({
      id: 'FRESH',
      name: ' Ada ',
      note: 'example note',
      createdAt: 'NOW',
      kind: 'user',
    });
  });
});

describe('describeBodyIssues', () => {
  test('names each property and rule in the wording of the spec examples', () => {
    expect(
      describeBodyIssues([
        {
          pointer: '/email',
          keyword: 'required',
          message: "(root) must have required property 'email'",
          params: { missingProperty: 'email' },
        },
        { pointer: '/email', keyword: 'format', message: '/email must match format "email"', params: {} },
        { pointer: '', keyword: 'type', message: '(root) must be object', params: {} },
      ]),
    ).toBe(
      "request body must have required property 'email'; " +
        'request body property /email must match format "email"; request body must be object',
    );
  });
});
