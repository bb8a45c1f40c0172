import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFileCache } from '../../../core/files/createFileCache';
import { deepFreeze } from '../../../core/json/deepFreeze';

const folder = mkdtempSync(path.join(tmpdir(), 'file-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a file read once while it is unchanged; changed, it is read again', () => {
  const file = path.join(folder, 'spec.yaml');
  writeFileSync(file, 'one');
  const cache = createFileCache<string>();
  let loads = 0;
  const load = () => {
    loads += 1;
    return `value ${loads}`;
  };
  expect(cache.get(file, '', load)).toBe('value 1');
  expect(cache.get(file, '', load)).toBe('value 1');
  // Another variant (other options) is another value.
  expect(cache.get(file, 'max 10', load)).toBe('value 2');
  writeFileSync(file, 'two, longer');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  expect(cache.get(file, 'max 10', load)).toBe('value 3');
  expect(loads).toBe(3);
});

test('two variants of one file, asked for in turn, are each read once (the kit and a server in one process)', () => {
  const file = path.join(folder, 'shared.yaml');
  writeFileSync(file, 'spec');
  const cache = createFileCache<string>();
  let loads = 0;
  const load = () => `value ${++loads}`;
  for (let round = 0; round < 3; round++) {
    expect(cache.get(file, 'kit', load)).toBe('value 1');
    expect(cache.get(file, 'server', load)).toBe('value 2');
  }
  expect(loads).toBe(2);
});

test('a value `keep` refuses, and a file that cannot be read, are never kept', () => {
  const file = path.join(folder, 'multi.yaml');
  writeFileSync(file, 'x');
  const cache = createFileCache<number>();
  let loads = 0;
  cache.get(
    file,
    '',
    () => ++loads,
    () => false,
  );
  cache.get(
    file,
    '',
    () => ++loads,
    () => false,
  );
  const missing = path.join(folder, 'missing.yaml');
  cache.get(missing, '', () => ++loads);
  cache.get(missing, '', () => ++loads);
  expect(loads).toBe(4);
});

test('deepFreeze freezes every object of a deep value, without recursion', () => {
  let deep: Record<string, unknown> = { leaf: [1] };
  for (let level = 0; level < 100_000; level++) deep = { next: deep };
  const frozen = deepFreeze({ list: [{ a: 1 }], deep });
  expect(Object.isFrozen(frozen.list[0])).toBe(true);
  expect(() => {
    (frozen.list as unknown[]).push(2);
  }).toThrow(TypeError);
});
