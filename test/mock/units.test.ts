import { setReferenceTarget } from '../../core/spec/referenceTarget';
import { createSchemaValidator } from '../../core/spec/schemaValidator';
import { createRealism } from '../../mock/actions/createRealism';
import { checkBearer } from '../../mock/checkBearer';
import { cleanGenerated } from '../../mock/cleanGenerated';
import { describeBodyIssues } from '../../mock/describeBodyIssues';
import type { MockOperation } from '../../mock/mockOperation';
import { preferredCode, undocumentedCodeMessage } from '../../mock/preferredCode';
import type { ResourceCollection } from '../../mock/store/resourceCollections';
import { createResourceStore, MAX_STORE_BYTES } from '../../mock/store/resourceStore';

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
    ['Bearer to$ken', 'no-token'],
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
  const fitsAll = () => true;
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
    expect(cleanGenerated(schema, generated, now, fitsAll)).toEqual({
      createdAt: now,
      tags: [{ name: 'a' }],
    });
  });

  test("follows a recursive schema's cycle (a kept $ref) as deep as the value goes", () => {
    const node: Record<string, unknown> = {
      type: 'object',
      properties: { at: { type: 'string', format: 'date-time' } },
    };
    const cycle = { $ref: 'urn:lakesail:spec#/components/schemas/Node' };
    setReferenceTarget(cycle, node);
    (node.properties as Record<string, unknown>).next = cycle;
    const generated = {
      at: '1901-01-01T00:00:00Z',
      next: { at: '1902-01-01T00:00:00Z', lorem: 1, next: {} },
    };
    expect(cleanGenerated(node, generated, now, fitsAll)).toEqual({ at: now, next: { at: now, next: {} } });
  });

  test('leaves out an optional value where the generator cut a recursion short', () => {
    const node: Record<string, unknown> = {
      type: 'object',
      required: ['at'],
      properties: { at: { type: 'string' } },
    };
    const cycle = { $ref: 'urn:lakesail:spec#/components/schemas/Node' };
    setReferenceTarget(cycle, node);
    (node.properties as Record<string, unknown>).next = cycle;
    const fits = (_schema: object, value: unknown) => typeof (value as { at?: unknown }).at === 'string';
    expect(cleanGenerated(node, { at: 'a', next: { at: 'b', next: {} } }, now, fits)).toEqual({
      at: 'a',
      next: { at: 'b' },
    });
  });

  test('keeps extra properties the schema declares', () => {
    const open = { type: 'object', properties: {}, additionalProperties: { type: 'number' } };
    expect(cleanGenerated(open, { a: 1 }, now, fitsAll)).toEqual({ a: 1 });
  });
});

describe('createRealism', () => {
  // Roles and property lists come from the schemas: no property name is known to the mock.
  const requestSchema = { properties: { name: { type: 'string' }, note: { type: 'string' } } };
  const responseSchema = {
    required: ['key', 'name', 'note', 'born'],
    properties: {
      key: { type: 'string', 'x-lakesail-role': 'id' },
      name: { type: 'string' },
      note: { type: 'string' },
      born: { type: 'string', format: 'date-time', 'x-lakesail-role': 'created-at' },
      changed: { type: 'string', format: 'date-time', 'x-lakesail-role': 'updated-at' },
      kind: { enum: ['user'] },
    },
  };
  const base = {
    key: 'EXAMPLE',
    name: 'example',
    note: 'example note',
    born: '2020-01-01T00:00:00Z',
    kind: 'user',
  };
  const collection = {
    name: 'things',
    path: '/things',
    itemPath: undefined,
    itemParameter: undefined,
    schema: responseSchema,
    roles: { id: 'key', 'created-at': 'born', 'updated-at': 'changed' },
    uniqueProperties: [],
  } as unknown as ResourceCollection;
  const store = createResourceStore({
    collections: [collection],
    limits: { maxResources: 10, maxBytes: MAX_STORE_BYTES, unique: false },
  });
  const collections = { all: [collection], of: () => collection };
  const tools = { validator: createSchemaValidator(), freshId: () => 'FRESH', collections, store };
  const operation = {
    requestSchema,
    responseSchema: () => responseSchema,
    contract: { responses: [{ status: '201', schema: responseSchema }] },
  } as unknown as MockOperation;

  test('echoes shared properties, gives roles fresh values, keeps what it cannot make', () => {
    const realism = createRealism(operation, 'spec#/paths/~1things/post', tools);
    const answer = realism?.answer({
      status: 201,
      submitted: { name: ' Ada ', extra: 1 },
      base,
      headers: {},
      now: 'NOW',
      resourceId: undefined,
      forced: false,
    });
    const body = answer && 'body' in answer ? answer.body : undefined;
    // `note` was not submitted but is required: the example's value stays; `extra` is not in the schemas.
    expect(body).toEqual({
      key: 'FRESH',
      name: ' Ada ',
      note: 'example note',
      born: 'NOW',
      changed: 'NOW',
      kind: 'user',
    });
    expect(store.find(collection, 'FRESH')).toEqual(body);
  });

  test('a malformed role stops the mock at start, naming where', () => {
    const bad = { ...responseSchema, properties: { key: { type: 'string', 'x-lakesail-role': 'key' } } };
    const broken = {
      ...operation,
      contract: { responses: [{ status: '201', schema: bad }] },
    } as unknown as MockOperation;
    expect(() => createRealism(broken, 'spec#/paths/~1things/post', tools)).toThrow(
      /spec#\/paths\/~1things\/post\/responses\/201\/properties\/key: x-lakesail-role must be one of/,
    );
  });
});

describe('describeBodyIssues', () => {
  test('names ten problems at most, then how many more: a body with thousands gets a short message', () => {
    const issues = Array.from({ length: 5000 }, (_, index) => ({
      pointer: `/${index}`,
      keyword: 'type',
      message: `/${index} must be string`,
      params: {},
    }));
    const message = describeBodyIssues(issues);
    expect(message.split('; ')).toHaveLength(11);
    expect(message).toMatch(/; and 4990 more$/);
  });

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

describe('preferredCode', () => {
  const none = new URLSearchParams();
  test('read from Prefer when there is one, else from ?__code', () => {
    expect(preferredCode('example=ada, code=403', none)).toEqual({
      code: '403',
      askedWith: 'Prefer: code=403',
    });
    expect(preferredCode('dynamic=true', new URLSearchParams('__code=401'))).toBeUndefined();
    expect(preferredCode(undefined, new URLSearchParams('__code=401'))).toEqual({
      code: '401',
      askedWith: '?__code=401',
    });
  });

  test('a status is accepted when documented exactly, by a range or by default, and from 100 to 599', () => {
    const asked = (code: string) => ({ code, askedWith: `Prefer: code=${code}` });
    expect(undocumentedCodeMessage(asked('403'), ['201', '403'])).toBeUndefined();
    expect(undocumentedCodeMessage(asked('503'), ['201', '5XX'])).toBeUndefined();
    expect(undocumentedCodeMessage(asked('418'), ['201', 'default'])).toBeUndefined();
    expect(undocumentedCodeMessage(asked('404'), ['201', '5XX'])).toBe(
      'Prefer: code=404 is not a status this operation documents; ask for one of 201, 5XX.',
    );
    for (const code of ['999', '099', '20', 'abc', '']) {
      expect(undocumentedCodeMessage(asked(code), ['201', 'default'])).toMatch(/is not a status/);
    }
  });
});
