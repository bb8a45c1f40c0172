import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { prebuiltParse, prebuiltParsesFolder, writePrebuiltParse } from '../../../core/files/prebuiltParse';
import { loadFixturesFile } from '../../../core/fixtures/loadFixturesFile';
import { defaultFixturesFolder, defaultSpecPath } from '../../../core/packageRoot';
import { loadSpec } from '../../../core/spec/loadSpec';
import { buildPrebuiltParses } from '../../../scripts/buildPrebuiltParses';

const scratch = mkdtempSync(path.join(tmpdir(), 'prebuilt-parse-'));
/** Entries this file wrote into the package's own folder, removed afterwards. */
const written: string[] = [];
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const file of written) rmSync(file, { force: true });
});

/** Stores `value` as the package's prebuilt parse of `bytes`, as the build would. */
function prebuild(bytes: Buffer, value: unknown): void {
  expect(writePrebuiltParse(bytes, value)).toBe(true);
  written.push(path.join(prebuiltParsesFolder(), `${createHash('sha256').update(bytes).digest('hex')}.json`));
}

test('the build stores the YAML parse of the shipped spec and of every shipped fixtures file', () => {
  const root = path.join(scratch, 'built');
  const shipped = [
    defaultSpecPath(),
    ...['create-user', 'describe-user', 'update-user'].map((name) =>
      path.join(defaultFixturesFolder(), `${name}.yaml`),
    ),
  ];
  expect(buildPrebuiltParses(root)).toEqual(shipped);
  for (const file of shipped) {
    const bytes = readFileSync(file);
    expect(prebuiltParse(bytes, prebuiltParsesFolder(root))).toEqual({
      value: parse(bytes.toString('utf8')),
    });
  }
});

test('the spec loader takes the prebuilt parse of identical bytes only: one changed byte is parsed from YAML', () => {
  const specPath = path.join(scratch, 'openapi.yaml');
  // Bytes of this test's own (the shipped spec's have a prebuilt parse every test file may be reading).
  const text = `${readFileSync(defaultSpecPath(), 'utf8')}# ${Math.random()}\n`;
  writeFileSync(specPath, text);
  const prebuilt = parse(text);
  prebuilt.info.title = 'the prebuilt parse';
  prebuild(readFileSync(specPath), prebuilt);
  expect(loadSpec(specPath).raw.info).toMatchObject({ title: 'the prebuilt parse' });

  writeFileSync(specPath, text.replace(/^ {2}title: .*$/m, '  title: Edited'));
  expect(loadSpec(specPath).raw.info).toMatchObject({ title: 'Edited' });
});

test('the fixtures loader takes the prebuilt parse of identical bytes only', () => {
  const fixturesPath = path.join(scratch, 'fixtures.yaml');
  writeFileSync(fixturesPath, `operationId: CreateUser\nfixtures: []\n# ${Math.random()}\n`);
  prebuild(readFileSync(fixturesPath), { operationId: 'FromTheBuild', fixtures: [] });
  expect(loadFixturesFile(fixturesPath).operationId).toBe('FromTheBuild');

  writeFileSync(fixturesPath, `${readFileSync(fixturesPath, 'utf8')}\n`);
  expect(loadFixturesFile(fixturesPath).operationId).toBe('CreateUser');
});

test('a parse JSON cannot hold exactly is not stored: its file is parsed at run time', () => {
  const folder = path.join(scratch, 'not-json');
  const bytes = Buffer.from('value: .nan\n');
  expect(writePrebuiltParse(bytes, parse(bytes.toString('utf8')), folder)).toBe(false);
  expect(prebuiltParse(bytes, folder)).toBeUndefined();
});
