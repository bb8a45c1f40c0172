import { loadSpec } from '../../core/spec/loadSpec';
import { type RunningMock, startMock } from '../../mock/startMock';
import { createScratch, createUserOperation } from '../support/specCopy';
import { type MockResponse, send } from './support/send';

// Recursive schemas and $ref loops are legal (a user's manager is a user; A -> B -> A): the mock answers them
// as it answers any spec, in every mode, and a body nested deeper than any walker's stack is a 400.
const TOKEN = 'admin-token-1234';
const scratch = createScratch();
const specPath = scratch.spec((spec) => {
  const schemas = spec.components.schemas;
  schemas.UserSpec.properties.manager = { $ref: '#/components/schemas/UserSpec' };
  schemas.UserSpec.properties.team = { $ref: '#/components/schemas/TeamSpec' };
  schemas.TeamSpec = {
    type: 'object',
    properties: { name: { type: 'string' }, lead: { $ref: '#/components/schemas/UserSpec' } },
  };
  schemas.User.properties.manager = { $ref: '#/components/schemas/User' };
  schemas.User.properties.reports = { type: 'array', items: { $ref: '#/components/schemas/User' } };
  schemas.Error.properties.cause = { $ref: '#/components/schemas/Error' };
  createUserOperation(spec).responses['403'].content['application/json'].schema = {
    $ref: '#/components/schemas/Error',
  };
}, 'recursive.yaml');
const spec = loadSpec(specPath);
const schema = (name: string) => (spec.document.components as any).schemas[name];
const user = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'L',
  displayName: 'Ada L',
};

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, specPath, tokens: [TOKEN], maxBodyBytes: 4 * 1024 * 1024 });
});
afterAll(async () => {
  await mock.close();
  scratch.cleanup();
});

function post(body: string, prefer?: string): Promise<MockResponse> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${TOKEN}`,
    'Content-Type': 'application/json',
  };
  if (prefer) headers.Prefer = prefer;
  return send(mock.url, { method: 'POST', path: '/api/org/v1/users', headers, body }, 20_000);
}

test('create: a nested manager of the request schema comes back as a User of its own', async () => {
  const response = await post(JSON.stringify({ ...user, manager: { ...user, username: 'grace' } }));
  expect(response.status).toBe(201);
  expect(spec.validator.validate(schema('User'), response.json)).toEqual([]);
  const created = response.json as any;
  expect(created.manager).toMatchObject({ username: 'grace', email: user.email });
  expect(created.manager.id).not.toBe(created.id);
});

test('create through A -> B -> A: the request is validated and answered', async () => {
  const response = await post(JSON.stringify({ ...user, team: { name: 't', lead: { ...user, email: 3 } } }));
  expect(response.status).toBe(400);
  expect(response.json).toEqual({ message: 'request body property /team/lead/email must be string' });
});

test.each(['dynamic=true', 'code=201, dynamic=true', 'code=403, dynamic=true'])(
  'Prefer: %s: a generated body valid against the recursive schema, nothing invented, no old date',
  async (prefer) => {
    for (let round = 0; round < 5; round++) {
      const response = await post(JSON.stringify(user), prefer);
      const status = prefer.includes('403') ? 403 : 201;
      expect(response.status).toBe(status);
      expect(spec.validator.validate(schema(status === 201 ? 'User' : 'Error'), response.json)).toEqual([]);
      expect(response.text).not.toMatch(/"1[89]\d\d-/);
    }
  },
);

test.each([
  ['code=400', 400],
  ['code=401', 401],
  ['code=403', 403],
  ['code=500', 500],
])('Prefer: %s on the recursive spec', async (prefer, status) => {
  const response = await post(JSON.stringify(user), prefer);
  expect(response.status).toBe(status);
  expect(typeof (response.json as { message: unknown }).message).toBe('string');
});

test('a body nested 100,000 levels deep gets a 400 naming the limit, not a 500', async () => {
  const deep = `${'{"manager":'.repeat(100_000)}{}${'}'.repeat(100_000)}`;
  const response = await post(deep);
  expect(response.status).toBe(400);
  expect(response.json).toEqual({ message: 'The request body nests deeper than 200 levels.' });
});

test('a body nesting managers 150 levels deep (under the limit) is created', async () => {
  let body: object = user;
  for (let level = 0; level < 150; level++) body = { ...user, manager: body };
  const response = await post(JSON.stringify(body));
  expect(response.status).toBe(201);
});

test('a body with 100,000 properties is answered, and an array of 100,000 bad reports gets a short 400', async () => {
  const wide = { ...user, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`p${i}`, i])) };
  expect((await post(JSON.stringify(wide))).status).toBe(201);
  const reports = { ...user, team: { name: 't', lead: { ...user, manager: Array(100_000).fill(1) } } };
  const response = await post(JSON.stringify(reports));
  expect(response.status).toBe(400);
  expect(response.text.length).toBeLessThan(2000);
});
