import { type ModelUser, newResourceModel } from '../../conformance/sequences/resourceModel';
import type { SequenceContext } from '../../conformance/sequences/sequenceContext';
import { resolveTarget } from '../../conformance/sequences/userTarget';
import { loadSpec } from '../../core/spec/loadSpec';
import type { OperationContract } from '../../core/spec/operationContract';

const spec = loadSpec();
const describe = spec.operations.find(
  (operation) => operation.operationId === 'DescribeUser',
) as OperationContract;
const context = { missingId: () => 'ZPROOF10000000000000' } as SequenceContext;

function user(id: string): ModelUser {
  const window = { from: 0, to: 0 };
  return {
    label: 'user 1',
    id,
    body: { id },
    sources: new Map(),
    created: window,
    lastChange: window,
    refusedChanges: new Map(),
    updated: new Set(),
    uncertain: false,
    former: new Map(),
  };
}

const resolve = (id: string, users: ModelUser[] = []) =>
  resolveTarget({ kind: 'literal', id }, { ...newResourceModel(), users }, context, describe, spec.validator);

test('a literal ID the spec refuses is a malformed one, sent as written', () => {
  expect(resolve('U7K2/Q9XW3M')).toEqual({
    id: 'U7K2/Q9XW3M',
    kind: 'malformed',
    label: 'the malformed id "U7K2/Q9XW3M"',
  });
});

test('a valid literal ID names no user the model knows (a 404 by the model), unless the model created it', () => {
  expect(resolve('U7K2Q9XW3M')).toEqual({ id: 'U7K2Q9XW3M', kind: 'missing', label: 'the id "U7K2Q9XW3M"' });
  const created = user('U7K2Q9XW3M');
  expect(resolve('U7K2Q9XW3M', [created])).toEqual({
    id: 'U7K2Q9XW3M',
    user: created,
    kind: 'existing',
    label: 'user 1',
  });
});

test('the targets a sequence generates say what their ID is too', () => {
  const model = { ...newResourceModel(), users: [user('AB12')] };
  const kinds = [
    { kind: 'existing', index: 0 },
    { kind: 'missing' },
    { kind: 'malformed', index: 1 },
  ] as const;
  expect(
    kinds.map((target) => resolveTarget(target, model, context, describe, spec.validator)?.kind),
  ).toEqual(['existing', 'missing', 'malformed']);
});
