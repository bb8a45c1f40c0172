import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oneLine, UsageError } from '../errors';

/**
 * Fails before a run, with a one-line usage error, when a report could not be written afterwards: a run of
 * minutes should not end in "cannot write the report".
 */
export function assertReportWritable(flag: string, file: string): void {
  const folder = path.dirname(path.resolve(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`${flag} ${file}: the folder ${folder} does not exist`);
}

/** Writes one report file (JSON, JUnit, Markdown, ...); a failure is a one-line usage error. */
export function writeReportFile(flag: string, file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write the report: ${oneLine(error)}`);
  }
}
