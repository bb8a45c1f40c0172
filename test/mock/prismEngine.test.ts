// Deep import, as mock/prismEngine.ts: Prism's own router, to compare the mock's routing with.
import prismRoute from '@stoplight/prism-http/dist/router';
import fc from 'fast-check';
import { loadSpec } from '../../core/spec/loadSpec';
import { createPrismEngine, type PrismEngine } from '../../mock/prismEngine';
import { createScratch } from '../support/specCopy';

// Pins what the mock relies on from Prism, deep imports included (router, Prefer parsing), so that a
// Prism upgrade that changes them fails here first.
let engine: PrismEngine;
const path = '/api/org/v1/users';

beforeAll(async () => {
  engine = await createPrismEngine({ document: loadSpec().raw, dynamic: false, seed: undefined });
});

test('routes the operation, a path without the method, and an unknown path', () => {
  const routed = engine.route('POST', path);
  expect(routed.kind === 'operation' && routed.operation.path).toBe(path);
  expect(engine.route('GET', path)).toEqual({ kind: 'no-method', allowedMethods: ['POST'] });
  expect(engine.route('POST', '/api/org/v1/teams')).toEqual({ kind: 'no-path' });
});

test('reads Prefer (and the __code query) as Prism documents it', () => {
  expect(
    engine.preferences({ headers: { prefer: 'code=403, example=ada, dynamic=true' }, url: { path } }),
  ).toEqual({
    code: 403,
    exampleKey: 'ada',
    dynamic: true,
    seed: undefined,
  });
  expect(engine.preferences({ headers: {}, url: { path, query: { __code: '401' } } })).toMatchObject({
    code: 401,
  });
  expect(engine.preferences({ headers: { prefer: 'code=abc' }, url: { path } })).toMatchObject({
    kind: 'problem',
    status: 422,
  });
});

test('reports request violations as data next to its answer', async () => {
  const answer = await engine.request(
    {
      method: 'post',
      url: { path },
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: { username: 'ada' },
    },
    {},
    { operation: engine.operations[0]!, checked: false },
  );
  expect(answer.kind).toBe('response');
  if (answer.kind !== 'response') return;
  expect(answer.response.statusCode).toBe(400);
  expect(answer.inputViolations.map((violation) => violation.code)).toEqual([
    'required',
    'required',
    'required',
    'required',
  ]);
});

test('refuses an unknown example with a problem', async () => {
  const answer = await engine.request(
    {
      method: 'post',
      url: { path },
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: { username: 'a', email: 'a@example.com', firstName: 'A', lastName: 'B', displayName: 'A B' },
    },
    { exampleKey: 'nobody' },
    { operation: engine.operations[0]!, checked: false },
  );
  expect(answer).toMatchObject({ kind: 'problem', status: 404 });
});

test('skips its own validation when the mock has checked everything (checked: true)', async () => {
  const answer = await engine.request(
    {
      method: 'post',
      url: { path },
      headers: { 'content-type': 'application/json' },
      body: { username: 'ada' },
    },
    {},
    { operation: engine.operations[0]!, checked: true },
  );
  expect(answer).toMatchObject({ kind: 'response', inputViolations: [], response: { statusCode: 201 } });
});

describe("the router's item paths, taken without Prism's router, go where Prism's router sends them", () => {
  const scratch = createScratch();
  afterAll(() => scratch.cleanup());
  const ok = { '200': { description: 'ok' } };
  const tricky = scratch.file(
    'tricky.yaml',
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Tricky', version: '1' },
      paths: {
        '/users/me': { get: { operationId: 'Me', responses: ok } },
        '/users/{user}': {
          get: { operationId: 'Get', responses: ok },
          patch: { operationId: 'Patch', responses: ok },
        },
        '/users/{user}/pets/{pet}': { get: { operationId: 'Pet', responses: ok } },
        '/v1.0/things/{thing}.json': { get: { operationId: 'Thing', responses: ok } },
        '/{any}': { post: { operationId: 'Any', responses: ok } },
      },
    }),
  );

  test.each([
    ['the shipped spec', undefined],
    ['a spec with concrete and nested templates', tricky],
  ])('%s', async (_name, specPath) => {
    const spec = loadSpec(specPath);
    const mine = await createPrismEngine({ document: spec.raw, dynamic: false, seed: undefined });
    const prisms = (method: string, path: string) => {
      const result = prismRoute({
        resources: mine.operations,
        input: { method: method.toLowerCase() as 'get', url: { path } },
      });
      return result._tag === 'Right' ? result.right : undefined;
    };
    // Random segments, and some Prism decodes before it compares (`m%65` is `me`).
    const segment = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9.;:~_{}%-]{0,6}$/),
      fc.constantFrom('me', 'm%65', '%6De', '%7Buser%7D', 'a%2Fb', 'U1.json'),
    );
    const prefix = fc.constantFrom(
      '',
      '/users',
      '/users/me',
      '/api/org/v1/users',
      '/v1.0/things',
      '/users/U1/pets',
    );
    fc.assert(
      fc.property(
        prefix,
        fc.array(segment, { maxLength: 3 }),
        fc.constantFrom('GET', 'PATCH', 'POST'),
        (start, rest, method) => {
          const path = [start, ...rest].join('/') || '/';
          const routed = mine.route(method, path);
          const expected = prisms(method, path);
          if (routed.kind === 'operation') expect(routed.operation).toBe(expected);
          else expect(expected).toBeUndefined();
        },
      ),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
