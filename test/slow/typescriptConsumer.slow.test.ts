/**
 * The kit's types as a TypeScript team compiles them: the packed package installed in a project of its own,
 * `strict` and without `skipLibCheck`, under every module resolution; and every TypeScript snippet of the
 * README and docs, compiled as it is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type DocSnippet, docSnippets } from './support/docSnippets';
import { installedVersion, installPackedKit } from './support/installPackedKit';
import { TEAM_APP } from './support/teamApp';

let project: string;

beforeAll(() => {
  project = installPackedKit([
    `@types/node@${installedVersion('@types/node')}`,
    `@types/jest@${installedVersion('@types/jest')}`,
  ]);
}, 300_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** This repository's TypeScript (~6.0) on a folder of the scratch project; its errors, or '' when none. */
function tsc(folder: string, compilerOptions: object, packageType: 'commonjs' | 'module'): string {
  const dir = path.join(project, folder);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: packageType }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        moduleDetection: 'force',
        types: ['node', 'jest'],
        ...compilerOptions,
      },
      include: ['**/*.ts', '**/*.mts', '**/*.cts'],
    }),
  );
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error);
  }
}

function write(folder: string, file: string, text: string): void {
  const full = path.join(project, folder, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const CONSUMER = `import { checks, isUsageError, runConformance, type ConformanceReport, type Target } from 'lakesail-contract';
import { describeConformance, type JestConformanceOptions } from 'lakesail-contract/jest';
import type { Error as ApiError, User, UserSpec } from 'lakesail-contract/types';

const target: Target = { baseUrl: 'http://127.0.0.1:8080' };
const options: JestConformanceOptions = { token: process.env.CONTRACT_TOKEN, runs: 5 };
export const uses: unknown[] = [checks.map((check) => check.holds), isUsageError, runConformance, describeConformance, target, options];
export type Used = [ConformanceReport, User, UserSpec, ApiError];
`;

describe('the public types compile in a strict project without skipLibCheck', () => {
  test.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
    ['node10', { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }],
  ])('moduleResolution %s', (name, options) => {
    const folder = `types-${name}`;
    if (name === 'node16' || name === 'nodenext') {
      // Both a CommonJS and an ES module importer: the export map's conditions differ between them.
      write(folder, 'consumer.cts', CONSUMER);
      write(folder, 'consumer.mts', CONSUMER);
    } else {
      write(folder, 'consumer.ts', CONSUMER);
    }
    expect(tsc(folder, options, 'commonjs')).toBe('');
  });
});

/** How each marked snippet is compiled: a CommonJS or ES module project, for node or the browser. */
const PROJECTS = {
  cjs: { packageType: 'commonjs', options: { module: 'nodenext' } },
  esm: { packageType: 'module', options: { module: 'nodenext' } },
  'esm-dom': {
    packageType: 'module',
    options: { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
  },
} as const;

test('every TypeScript snippet of the README and docs is marked with how to compile it', () => {
  const unmarked = docSnippets()
    .filter((snippet) => snippet.language === 'ts' && snippet.marker?.name !== 'compile')
    .map((snippet) => snippet.where);
  expect(unmarked).toEqual([]);
});

describe('every TypeScript snippet of the README and docs compiles with --strict', () => {
  const snippets = docSnippets().filter((snippet) => snippet.marker?.name === 'compile');
  test.each(Object.keys(PROJECTS))('as a %s project', (kind) => {
    const project = PROJECTS[kind as keyof typeof PROJECTS];
    const mine = snippets.filter((snippet) => projectsOf(snippet).includes(kind));
    expect(mine.length).toBeGreaterThan(0);
    const folder = `snippets-${kind}`;
    // The browser snippets import nothing of a node app.
    if (kind !== 'esm-dom') write(folder, 'src/app.ts', TEAM_APP);
    for (const snippet of mine) write(folder, `test/${fileName(snippet)}`, snippet.code);
    expect(tsc(folder, project.options, project.packageType)).toBe('');
  });
});

/** `README.md:176` -> `README.md-176.ts`, so a compiler error says which snippet it is in. */
function fileName(snippet: DocSnippet): string {
  return `${snippet.where.replace(/^docs\//, '').replace(':', '-')}.ts`;
}

/** Marked `cjs`, `esm`, `cjs esm` (compiled in both) or `esm dom` (a browser module). */
function projectsOf(snippet: DocSnippet): string[] {
  const words = snippet.marker?.words ?? [];
  const kinds = words.includes('dom') ? ['esm-dom'] : words;
  for (const kind of kinds) {
    if (!(kind in PROJECTS))
      throw new Error(`${snippet.where}: compile marker with an unknown word '${kind}'`);
  }
  return kinds;
}
