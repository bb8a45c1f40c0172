import { writeReportFile } from '../conformance/format/writeReportFile';
import { EXIT } from '../core/exitCodes';
import { formatDiffSummary, toDiffReport } from '../diff/diffReport';
import { diffSpecs } from '../diff/diffSpecs';
import { formatChange } from '../diff/formatChange';
import { loadSpecDocument } from '../diff/loadSpecDocument';
import type { CliIo } from './cliIo';
import { maxSpecBytesOption } from './maxSpecBytes';

/** The flags of `diff`, as commander gives them. */
export interface DiffFlags {
  base: string;
  head: string;
  reportJson?: string;
  maxSpecBytes?: string;
}

/** `lakesail-contract diff` with its flags: prints every labelled change and the summary; resolves to the exit code. */
export async function runDiff(flags: DiffFlags, io: CliIo): Promise<number> {
  const limits = maxSpecBytesOption(flags.maxSpecBytes);
  // One after the other, so that with two bad files the error is always about the base.
  const base = await loadSpecDocument(flags.base, limits);
  const head = await loadSpecDocument(flags.head, limits);
  const report = toDiffReport(flags.base, flags.head, diffSpecs(base, head));
  for (const change of report.changes) io.stdout(`${formatChange(change)}\n`);
  if (flags.reportJson) {
    writeReportFile('--report-json', flags.reportJson, `${JSON.stringify(report, null, 2)}\n`);
  }
  io.stdout(`${formatDiffSummary(report)}\n`);
  return report.verdict === 'fail' ? EXIT.failed : EXIT.ok;
}
