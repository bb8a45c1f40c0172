import { defaultSpecPath } from '../../core/packageRoot';
import { compareTypes } from '../../diff/compareTypes';
import { DIFF_RULES, ruleId } from '../../diff/diffRules';
import { diffSpecs } from '../../diff/diffSpecs';
import { labelForEffect } from '../../diff/labelForEffect';
import type { SpecDocument } from '../../diff/loadSpecDocument';
import { loadSpecDocument } from '../../diff/loadSpecDocument';
import { locateInFile } from '../../diff/locateInFile';
import { SCHEMA_CONSTRAINTS } from '../../diff/schemaConstraints';

type Json = Record<string, unknown>;

/** A document with one operation whose request body and 200 response have the given schemas (no $refs). */
function specWith(requestSchema: unknown, responseSchema: unknown): SpecDocument {
  const document: Json = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things': {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema } } },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: responseSchema } } },
          },
        },
      },
    },
  };
  return { path: 'memory.yaml', raw: document, document };
}
const brief = (changes: ReturnType<typeof diffSpecs>) =>
  changes.map(
    (change) =>
      `${change.label} ${change.resolvedPointer.replace('/paths/~1things/post', '')} [${change.rule}]`,
  );

test('labels follow the direction of the data: requests are written by clients, responses by servers', () => {
  expect(labelForEffect('request', 'narrows')).toBe('clients');
  expect(labelForEffect('request', 'widens')).toBe('servers');
  expect(labelForEffect('response', 'narrows')).toBe('servers');
  expect(labelForEffect('response', 'widens')).toBe('clients');
  expect(labelForEffect('request', 'changes')).toBe('both');
  expect(labelForEffect('response', 'changes')).toBe('both');
});

test('rule ids are unique, kebab-case, documented, and only registered ids can label a change', () => {
  const ids = DIFF_RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of DIFF_RULES) {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.doc.length).toBeGreaterThan(20);
  }
  expect(() => ruleId('request-property-required')).not.toThrow();
  expect(() => ruleId('made-up-rule')).toThrow('diff rule "made-up-rule" is not in DIFF_RULES');
});

test('every constraint keyword of the table has its rule, on both sides', () => {
  const ids = new Set(DIFF_RULES.map((rule) => rule.id));
  for (const constraint of SCHEMA_CONSTRAINTS) {
    expect(ids.has(`request-${constraint.rule}`)).toBe(true);
    expect(ids.has(`response-${constraint.rule}`)).toBe(true);
  }
});

test.each([
  ['string', 'string', undefined],
  ['integer', 'number', 'widens'],
  ['number', 'integer', 'narrows'],
  ['string', ['string', 'null'], 'widens'],
  [['string', 'null'], 'string', 'narrows'],
  ['string', 'integer', 'changes'],
  [undefined, 'object', 'narrows'],
  ['object', undefined, 'widens'],
])('type %j → %j: %s', (from, to, effect) => {
  expect(compareTypes(from, to)?.effect).toBe(effect);
});

test.each([
  ['maxLength', 20, 10, 'narrows', 'maxLength lowered from 20 to 10'],
  ['maxLength', 10, 20, 'widens', 'maxLength raised from 10 to 20'],
  ['maxLength', undefined, 10, 'narrows', 'maxLength 10 added'],
  ['maxLength', 10, undefined, 'widens', 'maxLength removed (was 10)'],
  ['minLength', 1, 3, 'narrows', 'minLength raised from 1 to 3'],
  ['minLength', undefined, 0, undefined, undefined],
  ['minimum', undefined, 0, 'narrows', 'minimum 0 added'],
  ['pattern', undefined, '^a', 'narrows', 'pattern "^a" added'],
  ['pattern', '^a', '^b', 'changes', 'pattern changed from "^a" to "^b"'],
  ['enum', ['a', 'b'], ['b', 'a'], undefined, undefined],
  ['enum', ['a', 'b'], ['a'], 'narrows', 'enum values "b" removed'],
  ['enum', ['a'], ['a', 'c'], 'widens', 'enum values "c" added'],
  ['enum', ['a', 'b'], ['a', 'c'], 'changes', 'enum values "b" removed and values "c" added'],
  ['multipleOf', 5, 10, 'narrows', 'multipleOf changed from 5 to 10'],
  ['multipleOf', 10, 5, 'widens', 'multipleOf changed from 10 to 5'],
  ['multipleOf', 4, 6, 'changes', 'multipleOf changed from 4 to 6'],
  ['uniqueItems', undefined, true, 'narrows', 'uniqueItems became true'],
  ['uniqueItems', false, undefined, undefined, undefined],
])('%s %j → %j: %s', (keyword, from, to, effect, what) => {
  const constraint = SCHEMA_CONSTRAINTS.find((entry) => entry.keyword === keyword);
  const result = constraint?.compare(from, to);
  expect(result?.effect).toBe(effect);
  expect(result?.what).toBe(what);
});

test('a schema shared by several responses is judged at each of them', async () => {
  const base = await loadSpecDocument(defaultSpecPath());
  const head = await loadSpecDocument(defaultSpecPath());
  // Error is used by 400, 401, 403 and default: a message at most 200 characters long.
  const components = head.document.components as Json;
  const error = (components.schemas as Json).Error as Json;
  for (const status of ['400', '401', '403', 'default']) {
    const paths = head.document.paths as Json;
    const response = ((paths['/api/org/v1/users'] as Json).post as Json).responses as Json;
    const schema = (((response[status] as Json).content as Json)['application/json'] as Json).schema as Json;
    (schema.properties as Json).message = { ...((error.properties as Json).message as Json), maxLength: 200 };
  }
  const changes = diffSpecs(base, head);
  expect(changes.map((change) => `${change.label} ${change.change} [${change.rule}]`)).toEqual([
    'servers response 400 body property message: maxLength 200 added [response-max-length-changed]',
    'servers response 401 body property message: maxLength 200 added [response-max-length-changed]',
    'servers response 403 body property message: maxLength 200 added [response-max-length-changed]',
    'servers response default body property message: maxLength 200 added [response-max-length-changed]',
  ]);
});

test('a recursive schema is compared without looping, and a change deep inside it is found', () => {
  const cyclic = (maxLength: number) => {
    const node: Json = { type: 'object', properties: { name: { type: 'string', maxLength } } };
    (node.properties as Json).children = { type: 'array', items: node };
    return node;
  };
  const changes = diffSpecs(specWith(cyclic(20), {}), specWith(cyclic(10), {}));
  expect(brief(changes)).toEqual([
    'clients /requestBody/content/application~1json/schema/properties/name/maxLength [request-max-length-changed]',
  ]);
  expect(changes[0]?.change).toBe('request body property name: maxLength lowered from 20 to 10');
});

test('items, allOf members and additionalProperties schemas are compared member by member', () => {
  const base = specWith(
    { type: 'array', items: { type: 'string' } },
    { allOf: [{ type: 'object', additionalProperties: { type: 'string' } }] },
  );
  const head = specWith(
    { type: 'array', items: { type: 'string', format: 'uuid' } },
    { allOf: [{ type: 'object', additionalProperties: { type: 'string', minLength: 1 } }] },
  );
  const changes = diffSpecs(base, head);
  expect(brief(changes)).toEqual([
    'clients /requestBody/content/application~1json/schema/items/format [request-format-changed]',
    'servers /responses/200/content/application~1json/schema/allOf/0/additionalProperties/minLength [response-min-length-changed]',
  ]);
  expect(changes.map((change) => change.change)).toEqual([
    'request body []: format "uuid" added',
    'response 200 body property *: minLength 1 added',
  ]);
});

test('a different number of oneOf members is unclassified: both', () => {
  const changes = diffSpecs(
    specWith({ oneOf: [{ type: 'string' }] }, {}),
    specWith({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, {}),
  );
  expect(brief(changes)).toEqual([
    'both /requestBody/content/application~1json/schema/oneOf [unclassified-change]',
  ]);
});

test('pointers lead to where the element is written: through local $refs, to a key beside a $ref', () => {
  const raw = {
    paths: { '/a': { post: { schema: { $ref: '#/components/schemas/A' } } } },
    components: {
      schemas: {
        A: { type: 'object', properties: { id: { $ref: '#/components/schemas/Id', description: 'the id' } } },
        Id: { $ref: '#/components/schemas/Text' },
        Text: { type: 'string', maxLength: 5 },
      },
    },
    external: { $ref: 'other.yaml#/X' },
  };
  const post = ['paths', '/a', 'post', 'schema'];
  expect(locateInFile(raw, [...post, 'properties', 'id'])).toBe('/components/schemas/A/properties/id');
  expect(locateInFile(raw, [...post, 'properties', 'id', 'description'])).toBe(
    '/components/schemas/A/properties/id/description',
  );
  expect(locateInFile(raw, [...post, 'properties', 'id', 'maxLength'])).toBe(
    '/components/schemas/Text/maxLength',
  );
  expect(locateInFile(raw, [...post, 'properties', 'nothing', 'type'])).toBe(
    '/components/schemas/A/properties/nothing/type',
  );
  expect(locateInFile(raw, ['external', 'type'])).toBe('/external');
});
