import { defaultSpecPath } from '../../core/packageRoot';
import { compareTypes } from '../../diff/compareTypes';
import { DIFF_RULES, ruleId } from '../../diff/diffRules';
import { diffSpecs } from '../../diff/diffSpecs';
import { labelForEffect } from '../../diff/labelForEffect';
import type { SpecDocument } from '../../diff/loadSpecDocument';
import { loadSpecDocument } from '../../diff/loadSpecDocument';
import { locateInFile } from '../../diff/locateInFile';
import { SCHEMA_CONSTRAINTS } from '../../diff/schemaConstraints';
import { createScratch, createUserOperation, type Scratch } from '../support/specCopy';

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
  // The dereferenced CreateUser responses share their Error with DescribeUser's and UpdateUser's.
  const judged = (operation: string, statuses: string[]) =>
    statuses.map(
      (status) =>
        `servers ${operation} response ${status} body property message: maxLength 200 added [response-max-length-changed]`,
    );
  expect(
    changes.map((change) => `${change.label} ${change.operation} ${change.change} [${change.rule}]`),
  ).toEqual([
    ...judged('POST /api/org/v1/users', ['400', '401', '403', 'default']),
    ...judged('GET /api/org/v1/users/{user}', ['400', '401', '403', '404', 'default']),
    ...judged('PATCH /api/org/v1/users/{user}', ['400', '401', '403', '404', 'default']),
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

describe('the shipped spec, edited', () => {
  let scratch: Scratch;
  beforeAll(() => {
    scratch = createScratch();
  });
  afterAll(() => scratch.cleanup());

  const USER_PATH = '/api/org/v1/users/{user}';
  const diffShipped = async (edit: (spec: any) => void, reverse = false) => {
    const shipped = await loadSpecDocument(defaultSpecPath());
    const edited = await loadSpecDocument(scratch.spec(edit, `edited-${Math.random()}.yaml`));
    const changes = reverse ? diffSpecs(edited, shipped) : diffSpecs(shipped, edited);
    return changes.map((change) => `${change.label} ${change.operation}: ${change.change} [${change.rule}]`);
  };

  test('DescribeUser and UpdateUser added is safe; removed, it breaks clients', async () => {
    const withoutThem = (spec: any) => {
      delete spec.paths[USER_PATH];
    };
    expect(await diffShipped(withoutThem, true)).toEqual([
      'safe GET /api/org/v1/users/{user}: operation: added [operation-added]',
      'safe PATCH /api/org/v1/users/{user}: operation: added [operation-added]',
    ]);
    expect(await diffShipped(withoutThem)).toEqual([
      'clients GET /api/org/v1/users/{user}: operation: removed [operation-removed]',
      'clients PATCH /api/org/v1/users/{user}: operation: removed [operation-removed]',
    ]);
  });

  test("an operation's permission and a property's role are contract, not documentation", async () => {
    const changes = await diffShipped((spec) => {
      spec.paths[USER_PATH].get['x-lakesail-permission'].required = true;
      delete spec.components.schemas.User.properties.updatedAt['x-lakesail-role'];
    });
    // User is the body of CreateUser's 201 and of both 200s.
    expect(changes).toEqual([
      'both POST /api/org/v1/users: response 201 body property updatedAt: x-lakesail-role removed [semantics-changed]',
      'both GET /api/org/v1/users/{user}: response 200 body property updatedAt: x-lakesail-role removed [semantics-changed]',
      'both GET /api/org/v1/users/{user}: operation: x-lakesail-permission changed [semantics-changed]',
      'both PATCH /api/org/v1/users/{user}: response 200 body property updatedAt: x-lakesail-role removed [semantics-changed]',
    ]);
  });

  test('a spec whose declarations do not hold is refused, not diffed', async () => {
    const specPath = scratch.spec((spec) => {
      delete spec.paths[USER_PATH].parameters[0]['x-lakesail-role'];
    }, 'no-role.yaml');
    await expect(loadSpecDocument(specPath)).rejects.toThrow(
      /x-lakesail-action describe needs the path parameter that holds the resource's ID/,
    );
  });

  test('x-lakesail-unique on a response property is no request rule: both', async () => {
    const changes = await diffShipped((spec) => {
      spec.components.schemas.User.properties.email['x-lakesail-unique'] = true;
    });
    expect(changes[0]).toBe(
      'both POST /api/org/v1/users: response 201 body property email: x-lakesail-unique added [semantics-changed]',
    );
    expect(changes.every((change) => change.endsWith('[semantics-changed]'))).toBe(true);
  });

  test("an x-lakesail-unique marked on UserUpdate's firstName breaks clients of UpdateUser only", async () => {
    expect(
      await diffShipped((spec) => {
        spec.components.schemas.UserUpdate.properties.firstName['x-lakesail-unique'] = true;
      }),
    ).toEqual([
      'clients PATCH /api/org/v1/users/{user}: request body property firstName: x-lakesail-unique added [request-unique-added]',
    ]);
  });

  test("a link's description is documentation; its parameters are where clients go next", async () => {
    const links = (spec: any) => createUserOperation(spec).responses['201'].links;
    expect(
      await diffShipped((spec) => {
        links(spec).DescribeUser.description = 'Describe the new user.';
      }),
    ).toEqual([
      'safe POST /api/org/v1/users: response 201 link DescribeUser: description changed [annotation-changed]',
    ]);
    expect(
      await diffShipped((spec) => {
        links(spec).UpdateUser.parameters.user = '$response.body#/username';
      }),
    ).toEqual([
      'clients POST /api/org/v1/users: response 201 link UpdateUser: leads elsewhere (its operation, parameters or request body changed) [response-link-changed]',
    ]);
  });
});
