import { loadSpec } from '../../core/spec/loadSpec';
import { createPrismEngine, type PrismEngine } from '../../mock/prismEngine';

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
