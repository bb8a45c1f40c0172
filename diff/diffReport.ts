import { packageVersion } from '../core/packageRoot';
import type { ChangeLabel, ContractChange } from './contractChange';

/** The result of a diff: what `--report-json` holds and what the summary line is made from. */
export interface DiffReport {
  tool: { name: 'lakesail-contract'; version: string };
  /** `fail` when any change breaks clients, servers or both. */
  verdict: 'pass' | 'fail';
  base: string;
  head: string;
  counts: Record<ChangeLabel, number>;
  changes: ContractChange[];
}

const ORDER: readonly ChangeLabel[] = ['both', 'clients', 'servers', 'safe'];

/** The report of a diff; changes that break come first (both, clients, servers, then safe), else in document order. */
export function toDiffReport(base: string, head: string, found: ContractChange[]): DiffReport {
  const changes = [...found].sort((a, b) => ORDER.indexOf(a.label) - ORDER.indexOf(b.label));
  const counts: Record<ChangeLabel, number> = { clients: 0, servers: 0, both: 0, safe: 0 };
  for (const change of changes) counts[change.label] += 1;
  return {
    tool: { name: 'lakesail-contract', version: packageVersion() },
    verdict: counts.clients + counts.servers + counts.both > 0 ? 'fail' : 'pass',
    base,
    head,
    counts,
    changes,
  };
}

/** `diff failed: 3 changes: 1 breaks clients, 1 breaks servers, 0 break both, 1 safe`. */
export function formatDiffSummary(report: DiffReport): string {
  const total = report.changes.length;
  if (total === 0) return 'diff passed: no change to the contract';
  const { clients, servers, both, safe } = report.counts;
  return `diff ${report.verdict === 'fail' ? 'failed' : 'passed'}: ${total} change${total === 1 ? '' : 's'}: ${clients} break${clients === 1 ? 's' : ''} clients, ${servers} break${servers === 1 ? 's' : ''} servers, ${both} break${both === 1 ? 's' : ''} both, ${safe} safe`;
}
