import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runConformance } from '../../../conformance/runner/runConformance';
import { defaultSpecPath } from '../../../core/packageRoot';
import { loadContract } from '../../../core/spec/loadContract';
import { lintSpec } from '../../../lint/lintSpec';
import { createReferenceApp } from '../../../servers/createReferenceApp';

// Recursive schemas are legal JSON Schema: a user's manager is a user. The loader keeps each cycle finite, lint
// accepts them, and the kit generates bounded values and tests a server that serves them.

const TOKEN = 'recursive-token-0123456789';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakesail-recursive-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function specWith(name: string, edit: (spec: any) => void): string {
  const spec = parse(readFileSync(defaultSpecPath(), 'utf8'));
  edit(spec);
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
}

const CASES: [string, (spec: any) => void][] = [
  [
    'a property referring to its own schema (manager: UserSpec)',
    (spec) => {
      spec.components.schemas.UserSpec.properties.manager = { $ref: '#/components/schemas/UserSpec' };
    },
  ],
  [
    'two schemas referring to each other (A -> B -> A)',
    (spec) => {
      spec.components.schemas.Team = {
        type: 'object',
        properties: { name: { type: 'string' }, lead: { $ref: '#/components/schemas/UserSpec' } },
      };
      spec.components.schemas.UserSpec.properties.team = { $ref: '#/components/schemas/Team' };
    },
  ],
];

test.each(CASES)('%s: lint accepts it', async (name, edit) => {
  const result = await lintSpec({ specPath: specWith(name.replace(/\W+/g, '-'), edit) });
  expect(result.problems).toEqual([]);
});

test.each(CASES)('%s: the kit passes a server that accepts it', async (name, edit) => {
  const specPath = specWith(name.replace(/\W+/g, '-'), edit);
  const app = await createReferenceApp({ tokens: [TOKEN], contract: await loadContract(specPath) });
  const report = await runConformance({ target: { app }, token: TOKEN, specPath, seed: 11, runs: 30 });
  expect(report.violations).toEqual([]);
  expect(report.verdict).toBe('pass');
});
