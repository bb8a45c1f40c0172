import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { checkSequencesCover, selectOperations } from '../../conformance/runner/selectOperations';
import { isUsageError } from '../../core/errors';
import { loadSpec } from '../../core/spec/loadSpec';

const spec = loadSpec();

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('no UsageError');
}

test('by default: every operation whose meaning the spec declares and the kit tests; the others say why not', () => {
  const selections = selectOperations(spec, undefined).map(({ operation, tested, reason }) => ({
    id: operation.operationId,
    tested,
    reason,
  }));
  expect(selections).toEqual([
    { id: 'CreateUser', tested: true, reason: undefined },
    { id: 'DescribeUser', tested: true, reason: undefined },
    { id: 'UpdateUser', tested: true, reason: undefined },
  ]);
});

test('--operations picks some; the others say they were not selected', () => {
  const selections = selectOperations(spec, ['CreateUser', 'UpdateUser']);
  expect(selections.map(({ tested, reason }) => [tested, reason])).toEqual([
    [true, undefined],
    [false, 'not selected (operations)'],
    [true, undefined],
  ]);
});

test('a describe or update without the create of its resource cannot be tested: a usage error saying what to add', () => {
  const selections = selectOperations(spec, ['DescribeUser']);
  expect(usageMessage(() => checkSequencesCover(selections, []))).toBe(
    'operation DescribeUser is tested in sequences that first create what it describes: test it with the create operation of its resource (its path without the last parameter)',
  );
});

test('an unknown operationId is a usage error naming it and the ones the spec has', () => {
  expect(usageMessage(() => selectOperations(spec, ['CreateUsers']))).toMatch(
    /^no operation CreateUsers in .*openapi\.yaml to test \(it has CreateUser, DescribeUser, UpdateUser\)$/,
  );
});

test('a spec that declares nothing (a foreign one) has nothing to test: a usage error, not a pass', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lakesail-pets-'));
  try {
    const file = path.join(dir, 'pets.yaml');
    writeFileSync(
      file,
      stringify({
        openapi: '3.1.0',
        info: { title: 'Pets', version: '1' },
        paths: { '/pets': { get: { operationId: 'ListPets', responses: { '200': { description: 'ok' } } } } },
      }),
    );
    expect(usageMessage(() => selectOperations(loadSpec(file), undefined))).toMatch(
      /^nothing to test: no operation of .*pets\.yaml declares what it does \(x-lakesail-action: /,
    );
    expect(usageMessage(() => selectOperations(loadSpec(file), ['ListPets']))).toBe(
      'operation ListPets cannot be tested: no semantics declared',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
