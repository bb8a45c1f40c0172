import { isSpecError } from '../../../core/errors';
import { loadSpec } from '../../../core/spec/loadSpec';
import type { ParameterContract } from '../../../core/spec/operationContract';
import { operationSemantics, propertyRoles } from '../../../core/spec/operationSemantics';
import { createScratch, type Scratch } from '../../support/specCopy';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.cleanup());

const semanticsOf = (operationId: string) =>
  loadSpec().operations.find((operation) => operation.operationId === operationId)?.semantics;

test("the shipped spec declares CreateUser's meaning and User's roles", () => {
  const spec = loadSpec();
  const createUser = spec.operations.find((operation) => operation.operationId === 'CreateUser');
  expect(createUser?.semantics).toEqual({
    action: 'create',
    permission: { name: 'CanManageUsers', required: true },
    resourceParameter: undefined,
  });
  const created = createUser?.responses.find((response) => response.status === '201');
  expect(propertyRoles('User', created?.schema)).toEqual({
    id: 'id',
    'created-at': 'createdAt',
    'updated-at': 'updatedAt',
  });
});

test('DescribeUser and UpdateUser act on the user their {user} path parameter names', () => {
  expect(semanticsOf('DescribeUser')).toEqual({
    action: 'describe',
    permission: { name: 'CanManageUsers', required: false },
    resourceParameter: 'user',
  });
  expect(semanticsOf('UpdateUser')).toEqual({
    action: 'update',
    permission: { name: 'CanManageUsers', required: true },
    resourceParameter: 'user',
  });
});

test('a path parameter declared on the path item counts for each of its operations', () => {
  // The shipped spec declares {user} once, on the path item: extractOperations merges it in.
  const describeUser = loadSpec().operations.find((operation) => operation.operationId === 'DescribeUser');
  expect(
    describeUser?.parameters.map((parameter) => [parameter.in, parameter.name, parameter.extensions]),
  ).toEqual([['path', 'user', { 'x-lakesail-role': 'id' }]]);
});

test('an operation that declares nothing has no semantics', () => {
  expect(operationSemantics('#/paths/~1pets/get', {})).toBeUndefined();
});

test.each([
  [{ 'x-lakesail-action': 'delete' }, /x-lakesail-action must be one of create, describe, update/],
  [
    { 'x-lakesail-action': 'create', 'x-lakesail-permission': 'CanManageUsers' },
    /x-lakesail-permission must be \{ name: <string>, required: <boolean> \}/,
  ],
])('a malformed declaration is a SpecError naming the extension: %j', (extensions, message) => {
  let error: unknown;
  try {
    operationSemantics('spec.yaml#/paths/~1users/post', extensions);
  } catch (caught) {
    error = caught;
  }
  expect(isSpecError(error)).toBe(true);
  expect((error as Error).message).toMatch(message);
});

test('a role given twice, or unknown, is a SpecError', () => {
  const twice = { properties: { a: { 'x-lakesail-role': 'id' }, b: { 'x-lakesail-role': 'id' } } };
  expect(() => propertyRoles('User', twice)).toThrow(/two properties have x-lakesail-role id/);
  const unknown = { properties: { a: { 'x-lakesail-role': 'owner' } } };
  expect(() => propertyRoles('User', unknown)).toThrow(
    /x-lakesail-role must be one of id, created-at, updated-at/,
  );
});

const pathParameter = (name: string, extensions: Record<string, unknown>): ParameterContract => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  extensions,
});

test.each<[string, Record<string, unknown>, ParameterContract[], RegExp]>([
  [
    'a describe without a marked path parameter',
    { 'x-lakesail-action': 'describe' },
    [pathParameter('user', {})],
    /x-lakesail-action describe needs the path parameter that holds the resource's ID, marked x-lakesail-role: id/,
  ],
  [
    'a parameter role other than id',
    { 'x-lakesail-action': 'update' },
    [pathParameter('user', { 'x-lakesail-role': 'created-at' })],
    /path parameter user: x-lakesail-role on a parameter must be id/,
  ],
  [
    'a query parameter marked as the ID',
    { 'x-lakesail-action': 'describe' },
    [{ ...pathParameter('user', { 'x-lakesail-role': 'id' }), in: 'query' }],
    /query parameter user: x-lakesail-role id is for a path parameter/,
  ],
  [
    'two parameters marked as the ID',
    { 'x-lakesail-action': 'describe' },
    [pathParameter('org', { 'x-lakesail-role': 'id' }), pathParameter('user', { 'x-lakesail-role': 'id' })],
    /two parameters have x-lakesail-role id/,
  ],
])('%s is a SpecError', (_what, extensions, parameters, message) => {
  expect(() => operationSemantics('spec.yaml#/paths/~1users~1{user}/get', extensions, parameters)).toThrow(
    message,
  );
});

test('a create may name its resource by a path parameter too, and need not', () => {
  const put = operationSemantics('#/paths/~1users~1{user}/put', { 'x-lakesail-action': 'create' }, [
    pathParameter('user', { 'x-lakesail-role': 'id' }),
  ]);
  expect(put?.resourceParameter).toBe('user');
});

test('the shipped spec without the role on {user} does not load: DescribeUser needs it', () => {
  const specPath = scratch.spec((spec) => {
    delete spec.paths['/api/org/v1/users/{user}'].parameters[0]['x-lakesail-role'];
  });
  expect(() => loadSpec(specPath)).toThrow(
    /#\/paths\/~1api~1org~1v1~1users~1\{user\}\/get: x-lakesail-action describe needs the path parameter/,
  );
});
