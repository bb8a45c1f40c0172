import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oneLine, UsageError } from '../../core/errors';

/**
 * Makes the report's folder (as CI steps expect `reports/x.xml` to just work) and fails before a run, with a
 * one-line usage error, when it cannot: a run of minutes should not end in "cannot write the report".
 */
export function assertReportWritable(flag: string, file: string): void {
  const folder = path.dirname(path.resolve(file));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // mkdir says EEXIST (or ENOTDIR further down) when a file stands where the folder should be.
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (code ?? oneLine(error));
    throw new UsageError(`${flag} ${file}: cannot create the folder ${folder}: ${why}`);
  }
}

/** Writes one report file (JSON, JUnit, Markdown, ...), folder included; a failure is a one-line usage error. */
export function writeReportFile(flag: string, file: string, text: string): void {
  assertReportWritable(flag, file);
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write the report: ${oneLine(error)}`);
  }
}
