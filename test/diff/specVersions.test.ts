import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/runCli';
import { packageRoot } from '../../core/packageRoot';
import type { ContractChange } from '../../diff/contractChange';
import { DIFF_RULES } from '../../diff/diffRules';
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

const scratch = mkdtempSync(path.join(tmpdir(), 'spec-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The CLI as a user runs it, once per pair (each spec is validated once): its exit code, and the changes of
// its JSON report.
test.each(cases)(
  'spec versions %s: the diff labels exactly the expected changes, and exits as expected',
  async (name) => {
    const [basePath, headPath] = specs(name);
    const reportJson = path.join(scratch, `${name}.json`);
    const io = fakeIo();
    const code = await runCli(
      ['diff', '--base', basePath, '--head', headPath, '--report-json', reportJson],
      io,
    );
    expect(io.stderrText()).toBe('');
    const report: { changes: ContractChange[] } = JSON.parse(readFileSync(reportJson, 'utf8'));
    expect(summarize(report.changes.map(asWritten))).toEqual(summarize(expectedOf(name).changes));
    expect(code).toBe(expectedOf(name).exitCode);
  },
);

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
