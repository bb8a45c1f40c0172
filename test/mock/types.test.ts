import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Resolved through package.json `exports` (`npm run typecheck` fails if the entry is wrong).
import type { Error as ApiError, paths, User, UserSpec, UserUpdate } from 'lakesail-contract/types';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Runs the `gen:types` script with `--check`, writing (and comparing) `output` instead of the committed file. */
function checkTypes(output: string): { status: number | null; text: string } {
  const [command = '', ...args] = String(manifest.scripts['gen:types']).split(/\s+/);
  const outputIndex = args.indexOf('-o') + 1;
  args[outputIndex] = output;
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', command), [...args, '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, text: `${result.stdout}${result.stderr}` };
}

test('the committed types are what openapi-typescript generates from the spec', () => {
  expect(checkTypes('types/openapi.d.ts')).toMatchObject({ status: 0 });
});

test('the check fails when the committed types differ from the spec', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mock-types-'));
  try {
    const stale = path.join(folder, 'openapi.d.ts');
    copyFileSync(path.join(ROOT, 'types', 'openapi.d.ts'), stale);
    writeFileSync(
      stale,
      readFileSync(stale, 'utf8').replace('displayName: string;', 'displayName?: string;'),
    );
    const result = checkTypes(stale);
    expect(result.status).not.toBe(0);
    expect(result.text).toContain('not up-to-date');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the package exports the types, and ships them', () => {
  expect(manifest.exports['./types']).toEqual({ types: './types/index.d.ts' });
  expect(manifest.files).toContain('types');
});

// Compile-time: the named aliases are the spec's schemas (a wrong field fails `npm run typecheck`).
const spec: UserSpec = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};
const user: User = {
  ...spec,
  id: 'U7K2Q9XW3M',
  createdAt: '2026-01-15T09:30:00Z',
  updatedAt: '2026-01-15T09:30:00Z',
};
const error: ApiError = { message: 'x' };
type Created = paths['/api/org/v1/users']['post']['responses'][201]['content']['application/json'];
const created: Created = user;

// Every property of an update is optional, with UserSpec's type; DescribeUser and UpdateUser answer a User.
const nothing: UserUpdate = {};
const rename: UserUpdate = { displayName: 'Countess of Lovelace' };
type UpdateBody = paths['/api/org/v1/users/{user}']['patch']['requestBody']['content']['application/json'];
const update: UpdateBody = rename;
type UserId = paths['/api/org/v1/users/{user}']['get']['parameters']['path']['user'];
const id: UserId = user.id;
type Described = paths['/api/org/v1/users/{user}']['get']['responses'][200]['content']['application/json'];
type Updated = paths['/api/org/v1/users/{user}']['patch']['responses'][200]['content']['application/json'];
const described: Described = user;
const updated: Updated = { ...described, ...update };

test('the aliases describe plain JSON values', () => {
  expect(Object.keys(created)).toEqual([...Object.keys(spec), 'id', 'createdAt', 'updatedAt']);
  expect(error.message).toBe('x');
  expect(Object.keys(nothing)).toEqual([]);
  expect(updated).toEqual({ ...user, id, displayName: 'Countess of Lovelace' });
});
