import { isSpecError } from '../../../core/errors';
import { loadSpec } from '../../../core/spec/loadSpec';
import { operationSemantics, propertyRoles } from '../../../core/spec/operationSemantics';

test("the shipped spec declares CreateUser's meaning and User's roles", () => {
  const spec = loadSpec();
  const createUser = spec.operations.find((operation) => operation.operationId === 'CreateUser');
  expect(createUser?.semantics).toEqual({
    action: 'create',
    permission: { name: 'CanManageUsers', required: true },
  });
  const created = createUser?.responses.find((response) => response.status === '201');
  expect(propertyRoles('User', created?.schema)).toEqual({
    id: 'id',
    'created-at': 'createdAt',
    'updated-at': 'updatedAt',
  });
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
