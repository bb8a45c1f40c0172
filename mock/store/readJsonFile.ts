import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { oneLine } from '../../core/errors';
import { nestsDeeperThan } from '../../core/json/jsonNesting';
import { MAX_BODY_DEPTH } from '../../core/json/parseJsonBody';

/** A JSON file as read: its value, no file at all, or why it cannot be used (one line, never its contents). */
export type JsonFile =
  | { kind: 'json'; value: unknown }
  | { kind: 'missing' }
  | { kind: 'problem'; message: string };

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a JSON file as the spec loader reads a spec (core/spec/readSpecFile): a regular file only, read in
 * chunks up to `maxBytes` (never trusting the size the file system reports), strict UTF-8, its nesting
 * checked before it is parsed. JSON only, parsed by `JSON.parse`: the YAML parser the spec loader uses takes
 * 45 s on a state file of 200,000 users, JSON.parse under one.
 */
export function readJsonFile(file: string, maxBytes: number): JsonFile {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'problem', message: `cannot read it: ${oneLine(error)}` };
  }
  let bytes: Buffer;
  try {
    if (!fstatSync(fd).isFile()) return { kind: 'problem', message: 'cannot read it: not a regular file' };
    const read = readBounded(fd, maxBytes);
    if (read === undefined) return { kind: 'problem', message: `larger than ${maxBytes} bytes: refused` };
    bytes = read;
  } catch (error) {
    return { kind: 'problem', message: `cannot read it: ${oneLine(error)}` };
  } finally {
    closeSync(fd);
  }
  return parse(bytes);
}

function readBounded(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, read));
  }
}

function parse(bytes: Buffer): JsonFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'problem', message: 'not valid UTF-8' };
  }
  if (nestsDeeperThan(bytes, MAX_BODY_DEPTH)) {
    return { kind: 'problem', message: `nests deeper than ${MAX_BODY_DEPTH} levels: refused` };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    return { kind: 'problem', message: `not JSON: ${oneLine(error)}` };
  }
}
