import path from 'node:path';
import { runCli } from '../../cli/runCli';
import { fakeIo } from '../support/fakeIo';
import { createScratch, createUserOperation, type Scratch } from '../support/specCopy';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.cleanup());

test('exits 0 and lists what it checked', async () => {
  const io = fakeIo();
  expect(await runCli(['lint'], io)).toBe(0);
  // The document, its examples, its x-lakesail-* declarations, and each shipped fixtures file.
  expect(io.out.split('\n').filter((line) => line.startsWith('checked '))).toHaveLength(6);
  expect(io.out).toContain('lint passed: no problems');
  expect(io.err).toBe('');
});

test('exits 1 with one line naming the example and the JSON Pointer when an example is broken', async () => {
  const specPath = scratch.spec((spec) => {
    createUserOperation(spec).responses['400'].content['application/json'].examples.missingProperty.value = {
      msg: 'x',
    };
  });
  const io = fakeIo();
  expect(await runCli(['lint', '--spec', specPath], io)).toBe(1);
  expect(io.err.trim().split('\n')).toEqual([
    `${specPath}#/paths/~1api~1org~1v1~1users/post/responses/400/content/application~1json/examples/missingProperty/value/message: example "missingProperty" of the 400 application/json response of POST /api/org/v1/users does not match its schema: (root) must have required property 'message' [example-matches-schema]`,
    'lint failed: 1 problem',
  ]);
});

test('exits 2 with one line when the spec cannot be read', async () => {
  const io = fakeIo();
  expect(await runCli(['lint', '--spec', '/nonexistent/openapi.yaml'], io)).toBe(2);
  expect(io.err).toMatch(
    /^lakesail-contract: \/nonexistent\/openapi\.yaml: cannot read the spec: .*ENOENT.*\n$/,
  );
});

test('exits 2 on an unknown option', async () => {
  const io = fakeIo();
  expect(await runCli(['lint', '--frobnicate'], io)).toBe(2);
  expect(io.err).toContain("unknown option '--frobnicate'");
});

test('--no-fixtures checks only the spec', async () => {
  const io = fakeIo();
  expect(await runCli(['lint', '--no-fixtures'], io)).toBe(0);
  expect(io.out).not.toContain('fixtures');
});

test('--fixtures takes a folder; a path that does not exist is exit 2 with one line', async () => {
  const folder = path.dirname(scratch.fixtures(() => {}, 'own/create-user.yaml'));
  const io = fakeIo();
  expect(await runCli(['lint', '--fixtures', folder], io)).toBe(0);
  expect(io.out).toContain(`checked ${folder}/create-user.yaml: `);
  const missing = fakeIo();
  expect(await runCli(['lint', '--fixtures', `${folder}/nothing`], missing)).toBe(2);
  expect(missing.err).toMatch(/^lakesail-contract: .*\/own\/nothing: .*ENOENT.*\n$/);
});

test('a misspelt x-lakesail-* extension fails lint with one line naming it', async () => {
  const specPath = scratch.spec((spec) => {
    createUserOperation(spec)['x-lakesail-acton'] = 'create';
  }, 'typo.yaml');
  const io = fakeIo();
  expect(await runCli(['lint', '--spec', specPath, '--no-fixtures'], io)).toBe(1);
  expect(io.err.trim().split('\n')).toEqual([
    `${specPath}#/paths/~1api~1org~1v1~1users/post/x-lakesail-acton: x-lakesail-acton is not a known extension (x-lakesail-action, x-lakesail-permission, x-lakesail-role, x-lakesail-unique) [semantics-valid]`,
    'lint failed: 1 problem',
  ]);
});

test('a schema the JSON Schema meta-schema refuses stops lint with one line, exit 2 (check leaves this to lint)', async () => {
  const specPath = scratch.spec((spec) => {
    spec.components.schemas.User.properties.username = { type: 'string', minLength: -1 };
  }, 'negative-length.yaml');
  const io = fakeIo();
  expect(await runCli(['lint', '--spec', specPath, '--no-fixtures'], io)).toBe(2);
  expect(io.err).toBe(
    'lakesail-contract: a schema in the spec is not valid JSON Schema 2020-12: schema is invalid: data/properties/username/minLength must be >= 0\n',
  );
});
