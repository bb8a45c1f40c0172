import { closeSync, existsSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { oneLine, UsageError } from '../../core/errors';

/**
 * Makes the report's folder (as CI steps expect `reports/x.xml` to just work) and opens the file for writing,
 * without changing it, before a run: a path that cannot be written (a folder where the file should be, a file
 * where a folder should be, no permission, a read-only file system) is a one-line usage error at once, not
 * after a run of minutes. A file that did not exist is removed again.
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
  const existed = existsSync(file);
  try {
    closeSync(openSync(file, 'a'));
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write the report: ${whyNotWritable(error)}`);
  }
  if (!existed) unlinkSync(file);
}

/**
 * Writes one report file (JSON, JUnit, Markdown, ...), folder included, from its text or its text in parts
 * (written one after the other, so a large report is never whole in memory); a failure is a one-line usage error.
 */
export function writeReportFile(flag: string, file: string, text: string | Iterable<string>): void {
  assertReportWritable(flag, file);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    for (const part of typeof text === 'string' ? [text] : text) writeSync(fd, part, null, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write the report: ${whyNotWritable(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function whyNotWritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOTDIR') return 'a file is in the way';
  return oneLine(error);
}
