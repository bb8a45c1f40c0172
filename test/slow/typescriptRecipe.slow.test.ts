/**
 * The TypeScript setups docs/kit.md gives a jest user, run as written: its install line (from the registry,
 * npm's cache first), its jest.config.js and tsconfig.json, and its jest example as the test file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type DocSnippet, docSnippets } from './support/docSnippets';
import { installPackedKit } from './support/installPackedKit';
import { TEAM_APP } from './support/teamApp';

const TOKEN = 'recipe-token-0123456789';

/** The snippets of one recipe, by their marker's word: `install`, `jest.config.js`, `tsconfig.json`. */
function recipe(name: string): Map<string, DocSnippet> {
  const parts = new Map<string, DocSnippet>();
  for (const snippet of docSnippets()) {
    if (snippet.marker?.name === `recipe ${name}`) parts.set(snippet.marker.words.join(' '), snippet);
  }
  return parts;
}

/** The packages of the recipe's `npm i -D ...` line. */
function packagesOf(install: DocSnippet | undefined): string[] {
  const words = install?.code.trim().split(/\s+/) ?? [];
  if (words.slice(0, 3).join(' ') !== 'npm i -D') throw new Error(`${install?.where}: not an npm i -D line`);
  return words.slice(3);
}

/** The first jest example of docs/kit.md, as a team would paste it. */
function jestExample(): string {
  const example = docSnippets().find(
    (snippet) =>
      snippet.where.startsWith('docs/kit.md') && snippet.code.includes("from 'lakesail-contract/jest'"),
  );
  if (!example) throw new Error('docs/kit.md has no jest example');
  return example.code;
}

interface AssertionResult {
  title: string;
  status: string;
}

function runRecipe(name: string, extraFiles: Record<string, string> = {}) {
  const parts = recipe(name);
  const project = installPackedKit(packagesOf(parts.get('install')));
  try {
    for (const file of ['jest.config.js', 'tsconfig.json']) {
      const part = parts.get(file);
      if (part) writeFileSync(path.join(project, file), part.code);
    }
    const files = { 'src/app.ts': TEAM_APP, 'test/contract.test.ts': jestExample(), ...extraFiles };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    const results = path.join(project, 'results.json');
    const run = spawnSync(
      process.execPath,
      [path.join(project, 'node_modules/jest/bin/jest.js'), '--ci', '--json', '--outputFile', results],
      {
        cwd: project,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, CONTRACT_TOKEN: TOKEN },
        timeout: 180_000,
        killSignal: 'SIGKILL',
      },
    );
    const report = JSON.parse(readFileSync(results, 'utf8')) as {
      testResults: { name: string; message: string; assertionResults: AssertionResult[] }[];
    };
    const byFile = (file: string) => report.testResults.find((result) => result.name.endsWith(file));
    return { status: run.status, output: run.stdout + run.stderr, byFile };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

function titles(results: AssertionResult[] | undefined): string[] {
  return (results ?? []).map((result) => `${result.status} ${result.title}`);
}

test('ts-jest with TypeScript 6: the jest example runs, one test per check, and a type error fails its file', () => {
  const { status, output, byFile } = runRecipe('ts-jest', {
    'test/typeError.test.ts':
      "const count: number = 'three';\ntest('never runs', () => expect(count).toBe(3));\n",
  });
  expect(status).toBe(1);
  expect(output).not.toContain('Jest did not exit');
  expect(titles(byFile('contract.test.ts')?.assertionResults)).toEqual(
    expect.arrayContaining([
      'passed the conformance run completes',
      'failed status-code-conformance: every status is the one the case demands',
      'passed no-token-leak: no token in any response',
    ]),
  );
  expect(stripVTControlCharacters(byFile('typeError.test.ts')?.message ?? '')).toContain(
    "TS2322: Type 'string' is not assignable to type 'number'",
  );
  expect(output).not.toContain(TOKEN);
});

test('@swc/jest: the jest example runs, one test per check', () => {
  const { status, output, byFile } = runRecipe('swc');
  expect(status).toBe(1);
  expect(output).not.toContain('Jest did not exit');
  expect(titles(byFile('contract.test.ts')?.assertionResults)).toEqual(
    expect.arrayContaining([
      'passed the conformance run completes',
      'failed status-code-conformance: every status is the one the case demands',
      'passed no-token-leak: no token in any response',
    ]),
  );
});
