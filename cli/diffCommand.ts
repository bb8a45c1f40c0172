import type { Command } from 'commander';
import { writeReportFile } from '../conformance/format/writeReportFile';
import { EXIT } from '../core/exitCodes';
import { formatDiffSummary, toDiffReport } from '../diff/diffReport';
import { diffSpecs } from '../diff/diffSpecs';
import { formatChange } from '../diff/formatChange';
import { loadSpecDocument } from '../diff/loadSpecDocument';
import type { CliIo } from './cliIo';
import { MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP, maxSpecBytesOption } from './maxSpecBytes';

/** `lakesail-contract diff`: the breaking-change gate between two versions of the spec. */
export function registerDiffCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'label every change between two versions of the spec with whom it breaks (clients, servers, both) or safe; exit 1 when anything breaks',
    )
    .requiredOption('--base <file>', "the old spec (e.g. the main branch's)")
    .requiredOption('--head <file>', 'the new spec')
    .option('--report-json <file>', 'write the labelled changes as JSON')
    .option(MAX_SPEC_BYTES_FLAG, MAX_SPEC_BYTES_HELP)
    .action(async (options: { base: string; head: string; reportJson?: string; maxSpecBytes?: string }) => {
      const limits = maxSpecBytesOption(options.maxSpecBytes);
      // One after the other, so that with two bad files the error is always about the base.
      const base = await loadSpecDocument(options.base, limits);
      const head = await loadSpecDocument(options.head, limits);
      const report = toDiffReport(options.base, options.head, diffSpecs(base, head));
      for (const change of report.changes) io.stdout(`${formatChange(change)}\n`);
      if (options.reportJson) {
        writeReportFile('--report-json', options.reportJson, `${JSON.stringify(report, null, 2)}\n`);
      }
      io.stdout(`${formatDiffSummary(report)}\n`);
      setExitCode(report.verdict === 'fail' ? EXIT.failed : EXIT.ok);
    });
}
