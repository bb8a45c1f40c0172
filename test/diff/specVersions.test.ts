import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../cli/runCli';
import { packageRoot } from '../../core/packageRoot';
import type { ContractChange } from '../../diff/contractChange';
import { DIFF_RULES } from '../../diff/diffRules';
import { diffSpecs } from '../../diff/diffSpecs';
import { loadSpecDocument } from '../../diff/loadSpecDocument';
import { fakeIo } from './fakeIo';

/** One pair of spec versions and what the diff must say about it (`fixtures/spec-versions/<case>/`). */
interface ExpectedDiff {
  description: string;
  exitCode: number;
  changes: { rule: string; label: string; pointer: string }[];
}

const root = path.join(packageRoot(), 'fixtures', 'spec-versions');
const cases = readdirSync(root)
  .filter((name) => statSync(path.join(root, name)).isDirectory())
  .sort();
const expectedOf = (name: string): ExpectedDiff =>
  JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8'));
const specs = (name: string) =>
  [path.join(root, name, 'base.yaml'), path.join(root, name, 'head.yaml')] as const;

/** A change as expected.json writes it; sorted, so that the order of the diff does not matter here. */
const summarize = (changes: { rule: string; label: string; pointer: string }[]) =>
  changes.map((change) => `${change.label} ${change.pointer} [${change.rule}]`).sort();
const asWritten = (change: ContractChange) => ({
  rule: change.rule,
  label: change.label,
  pointer: `${change.document}#${change.pointer}`,
});

test('there are pairs of spec versions to diff', () => {
  expect(cases.length).toBeGreaterThan(30);
});

describe.each(cases)('spec versions %s', (name) => {
  test('the diff labels exactly the expected changes', async () => {
    const [basePath, headPath] = specs(name);
    const changes = diffSpecs(await loadSpecDocument(basePath), await loadSpecDocument(headPath));
    expect(summarize(changes.map(asWritten))).toEqual(summarize(expectedOf(name).changes));
  });

  test('the CLI exits as expected', async () => {
    const [basePath, headPath] = specs(name);
    const io = fakeIo();
    const code = await runCli(['diff', '--base', basePath, '--head', headPath], io);
    expect(io.stderrText()).toBe('');
    expect(code).toBe(expectedOf(name).exitCode);
  });
});

test('every rule id appears in at least one pair, and the pairs name no other', () => {
  const ids = DIFF_RULES.map((rule) => rule.id);
  const used = new Set(cases.flatMap((name) => expectedOf(name).changes.map((change) => change.rule)));
  expect(ids.filter((id) => !used.has(id))).toEqual([]);
  expect([...used].filter((id) => !ids.includes(id))).toEqual([]);
});

test('every label appears in at least one pair', () => {
  const labels = new Set(cases.flatMap((name) => expectedOf(name).changes.map((change) => change.label)));
  expect([...labels].sort()).toEqual(['both', 'clients', 'safe', 'servers']);
});
