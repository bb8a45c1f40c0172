import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../cli/runCli';
import { packageRoot } from '../../core/packageRoot';
import { DIFF_RULES } from '../../diff/diffRules';
import { fakeIo } from './fakeIo';

const docs = readFileSync(path.join(packageRoot(), 'docs', 'ci.md'), 'utf8');
const rulesSection = docs.slice(docs.indexOf('### Rules'), docs.indexOf('## The same steps on your machine'));

test('docs/ci.md documents every diff rule, and no rule that does not exist', () => {
  const ids = DIFF_RULES.map((rule) => rule.id);
  const documented = new Set(
    [...rulesSection.matchAll(/^\| `([a-z-]+)`(?: \/ `([a-z-]+)`)?\s+\|/gm)].flatMap((match) =>
      match.slice(1).filter((id): id is string => id !== undefined),
    ),
  );
  expect(ids.filter((id) => !documented.has(id))).toEqual([]);
  expect([...documented].filter((id) => !ids.includes(id))).toEqual([]);
});

test('the sample diff output in docs/ci.md is what the CLI prints', async () => {
  const dir = path.join(packageRoot(), 'fixtures', 'spec-versions', 'request-properties-required-changed');
  const io = fakeIo();
  await runCli(['diff', '--base', path.join(dir, 'base.yaml'), '--head', path.join(dir, 'head.yaml')], io);
  const lines = io.stdoutText().trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  for (const line of lines) expect(docs).toContain(`\n${line}\n`);
});
