import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from '../../../cli/runCli';
import { defaultSpecPath } from '../../../core/packageRoot';
import { runMockCli } from '../../../mock/runMockCli';
import { fakeIo } from '../../diff/fakeIo';

// A spec is untrusted input (a pull request may change it, in CI, with real tokens in the environment): every
// command refuses what the safe loader refuses, with one line and exit 2, before doing anything else, and no
// output ever carries text read through a refused reference.

const SECRET = 'TOP-SECRET-CONTENT-7f3a9c';
const TOKEN = 'ci-token-0123456789abcdef';

let dir: string;
let specDir: string;
let outsideFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakesail-untrusted-'));
  specDir = path.join(dir, 'spec');
  mkdirSync(specDir);
  outsideFile = path.join(dir, 'outside.yaml');
  writeFileSync(outsideFile, `type: string\ndescription: ${SECRET}\n`);
  symlinkSync(outsideFile, path.join(specDir, 'link.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped spec with `edit` applied, written into the spec folder. */
function hostileSpec(name: string, edit: (spec: any) => void): string {
  const spec = parse(readFileSync(defaultSpecPath(), 'utf8'));
  edit(spec);
  const file = path.join(specDir, `${name}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
}

const firstName = (spec: any) => spec.components.schemas.UserSpec.properties;

const REFUSED: [string, (spec: any) => void, RegExp][] = [
  [
    'a $ref to /proc/self/environ',
    (spec) => (firstName(spec).firstName = { $ref: '/proc/self/environ' }),
    /\$ref "\/proc\/self\/environ" at #\/components\/schemas\/UserSpec\/properties\/firstName is refused/,
  ],
  [
    'a $ref to an absolute path outside the folder',
    (spec) => (firstName(spec).firstName = { $ref: outsideFile }),
    /is refused: it leads outside the spec's folder/,
  ],
  [
    'a $ref escaping the folder with ..',
    (spec) => (firstName(spec).firstName = { $ref: '../outside.yaml' }),
    /\$ref "\.\.\/outside\.yaml" .* is refused: it leads outside the spec's folder/,
  ],
  [
    'a $ref escaping with percent-encoded dots',
    (spec) => (firstName(spec).firstName = { $ref: '%2e%2e/outside.yaml' }),
    /is refused: it leads outside the spec's folder/,
  ],
  [
    'a $ref through a symbolic link that leads outside',
    (spec) => (firstName(spec).firstName = { $ref: 'link.yaml' }),
    /\$ref "link\.yaml" .* is refused: it leads outside the spec's folder/,
  ],
  [
    'a $ref to an http URL',
    (spec) => (firstName(spec).firstName = { $ref: 'http://127.0.0.1:9/schema.yaml' }),
    /is refused: references to URLs are not allowed/,
  ],
  [
    'a $ref to a file: URL',
    (spec) => (firstName(spec).firstName = { $ref: 'file:///etc/passwd' }),
    /\$ref "file:\/\/\/etc\/passwd" .* is refused/,
  ],
  [
    'a $ref inside an example',
    (spec) => {
      spec.paths['/api/org/v1/users'].post.requestBody.content[
        'application/json'
      ].examples.ada.value.firstName = { $ref: '/etc/passwd' };
    },
    /\$ref "\/etc\/passwd" at #\/paths\/~1api~1org~1v1~1users\/post\/requestBody\/content\/application~1json\/examples\/ada\/value\/firstName is refused/,
  ],
  [
    'a $ref inside an x- extension',
    (spec) => (spec.info['x-logo'] = { $ref: outsideFile }),
    /at #\/info\/x-logo is refused/,
  ],
];

function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  }
  const spec = readFileSync(defaultSpecPath(), 'utf8');
  const file = path.join(specDir, 'bomb.yaml');
  writeFileSync(file, `${spec}\nx-bomb:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  return file;
}

function largeSpec(): string {
  const file = path.join(specDir, 'large.yaml');
  const padding = `# ${'x'.repeat(1000)}\n`.repeat(50 * 1024);
  writeFileSync(file, readFileSync(defaultSpecPath(), 'utf8') + padding);
  return file;
}

/** Runs each command on the spec; every one must refuse it with one line, exit 2, and nothing secret. */
async function expectEveryCommandRefuses(specPath: string, reason: RegExp): Promise<void> {
  const runs: { command: string; run: () => Promise<{ code: number; out: string; err: string }> }[] = [
    { command: 'lint', run: () => cli(['lint', '--spec', specPath]) },
    {
      command: 'check',
      run: () =>
        cli(['check', '--target', 'http://127.0.0.1:9', '--spec', specPath], { CONTRACT_TOKEN: TOKEN }),
    },
    { command: 'diff (head)', run: () => cli(['diff', '--base', defaultSpecPath(), '--head', specPath]) },
    { command: 'diff (base)', run: () => cli(['diff', '--base', specPath, '--head', defaultSpecPath()]) },
    { command: 'mock', run: () => mock(['--spec', specPath, '--port', '0']) },
  ];
  for (const { command, run } of runs) {
    const { code, out, err } = await run();
    const context = `${command}: ${err}`;
    expect([context, code]).toEqual([context, 2]);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(reason);
    for (const text of [out, err]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('root:x:0:0');
      expect(text).not.toContain(`PATH=${process.env.PATH}`);
      expect(text).not.toContain(TOKEN);
    }
  }
}

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = fakeIo(env);
  const code = await runCli(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

async function mock(argv: string[]) {
  let out = '';
  let err = '';
  const result = await runMockCli(
    argv,
    {},
    { stdout: (text) => (out += text), stderr: (text) => (err += text) },
  );
  if ('mock' in result) {
    await result.mock.close();
    return { code: 0, out, err };
  }
  return { code: result.exitCode, out, err };
}

describe('every command refuses a reference that leaves the spec, naming it, never its content', () => {
  test.each(REFUSED)('%s', async (name, edit, reason) => {
    await expectEveryCommandRefuses(hostileSpec(name.replace(/\W+/g, '-'), edit), reason);
  });
});

test('every command refuses a YAML alias bomb at once', async () => {
  await expectEveryCommandRefuses(aliasBomb(), /aliases expand more than 100 times .*: refused/);
});

test('every command refuses a 50 MB spec by its size, and --max-spec-bytes raises the limit', async () => {
  const file = largeSpec();
  await expectEveryCommandRefuses(file, /larger than 10485760 bytes .*--max-spec-bytes/);
  const raised = await cli([
    'lint',
    '--spec',
    file,
    '--no-fixtures',
    '--max-spec-bytes',
    String(60 * 1024 * 1024),
  ]);
  expect([raised.err, raised.code]).toEqual(['', 0]);
});

test('a spec nested deeper than the limit is refused', async () => {
  const file = path.join(specDir, 'deep.yaml');
  writeFileSync(
    file,
    `${readFileSync(defaultSpecPath(), 'utf8')}\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  );
  await expectEveryCommandRefuses(file, /nests deeper than 200 levels: refused/);
});

describe('references that stay inside the folder are followed', () => {
  test('a schema in a file beside the spec, and one in a subfolder referring back', async () => {
    mkdirSync(path.join(specDir, 'schemas'), { recursive: true });
    writeFileSync(
      path.join(specDir, 'schemas', 'names.yaml'),
      stringify({
        FirstName: { type: 'string', description: 'The first name.' },
        LastName: { $ref: '../openapi-split.yaml#/components/schemas/Name' },
      }),
    );
    const specPath = hostileSpec('openapi-split', (spec) => {
      spec.components.schemas.Name = { type: 'string' };
      firstName(spec).firstName = { $ref: 'schemas/names.yaml#/FirstName' };
      firstName(spec).lastName = { $ref: './schemas/names.yaml#/LastName' };
    });
    const result = await cli(['lint', '--spec', specPath]);
    expect([result.err, result.code]).toEqual(['', 0]);
  });
});
