import type { BodyCase } from '../../conformance/model/testCase';
import { predictStatuses } from '../../conformance/sequences/predictStatuses';

const malformed = (name: string): BodyCase => ({
  mode: 'malformed',
  origin: { kind: 'generated' },
  mutation: { name, level: 'transport', description: name, pointer: '' },
});
const valid: BodyCase = { mode: 'valid', origin: { kind: 'generated' }, value: {} };

test('nothing wrong: the success status alone', () => {
  expect(
    predictStatuses(
      { credentials: { mode: 'valid' }, permissionRequired: true, body: valid, id: 'existing' },
      200,
    ),
  ).toEqual([200]);
});

test('several faults: any one of their refusals, never the success', () => {
  expect(
    predictStatuses(
      {
        credentials: { mode: 'unauthenticated', variant: 'no-authorization' },
        permissionRequired: true,
        body: malformed('null-value'),
        id: 'missing',
      },
      200,
    ),
  ).toEqual([400, 401, 404]);
});

test('a malformed id: 400 or 404, the spec leaves the choice', () => {
  expect(
    predictStatuses({ credentials: { mode: 'valid' }, permissionRequired: false, id: 'malformed' }, 200),
  ).toEqual([400, 404]);
});

test('a body of another media type (wrong Content-Type, form or multipart fields): 415 as right as 400', () => {
  for (const name of ['wrong-content-type', 'form-urlencoded-body', 'multipart-form-body']) {
    expect(
      predictStatuses(
        { credentials: { mode: 'valid' }, permissionRequired: true, body: malformed(name) },
        200,
      ),
    ).toEqual([400, 415]);
  }
  expect(
    predictStatuses(
      { credentials: { mode: 'valid' }, permissionRequired: true, body: malformed('invalid-json-syntax') },
      200,
    ),
  ).toEqual([400]);
});

test('a forbidden identity: 403 where the permission is required; served or refused where it is not', () => {
  const forbidden = { mode: 'forbidden' } as const;
  expect(predictStatuses({ credentials: forbidden, permissionRequired: true, id: 'existing' }, 200)).toEqual([
    403,
  ]);
  expect(predictStatuses({ credentials: forbidden, permissionRequired: false, id: 'existing' }, 200)).toEqual(
    [200, 403],
  );
  expect(predictStatuses({ credentials: forbidden, permissionRequired: false, id: 'missing' }, 200)).toEqual([
    403, 404,
  ]);
});
