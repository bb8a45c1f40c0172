import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { oneLine, SpecError } from '../errors';
import { loadYaml } from '../files/loadYaml';
import { prebuiltParse } from '../files/prebuiltParse';
import type { SpecLimits } from './specLimits';

/** How many bytes the files of one spec may still take. */
export interface ByteBudget {
  remaining: number;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads one file of a spec (YAML, or JSON, which is YAML) within the limits and parses it, unless the build
 * already parsed these exact bytes (the shipped spec). Every problem is a SpecError naming the file: too large,
 * not a regular file, not UTF-8, not YAML, aliases that expand too much.
 */
export function readSpecFile(file: string, limits: SpecLimits, budget: ByteBudget): unknown {
  const bytes = readBounded(file, limits, budget);
  // Made with these limits: of them only the byte cap can be changed, and it held while reading.
  const prebuilt = prebuiltParse(bytes);
  if (prebuilt) return prebuilt.value;
  return parseSpecBytes(file, bytes, limits);
}

/** Parses the bytes of a spec file: UTF-8, then YAML within the limits (the build's prebuilt parses too). */
export function parseSpecBytes(file: string, bytes: Buffer, limits: SpecLimits): unknown {
  return parseYaml(file, decodeUtf8(file, bytes), limits);
}

function readBounded(file: string, limits: SpecLimits, budget: ByteBudget): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new SpecError(`${file}: cannot read the spec: ${oneLine(error)}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new SpecError(`${file}: cannot read the spec: not a regular file`);
    // Read in chunks up to the budget rather than trusting the size the file system reports (0 for /proc).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      total += read;
      if (total > budget.remaining) {
        throw new SpecError(
          `${file}: the spec is larger than ${limits.maxBytes} bytes (all its files together); raise the limit with --max-spec-bytes`,
          { refused: true },
        );
      }
      chunks.push(read === CHUNK_BYTES ? chunk : chunk.subarray(0, read));
    }
    budget.remaining -= total;
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SpecError(`${file}: the spec is not valid UTF-8`);
  }
}

function parseYaml(file: string, text: string, limits: SpecLimits): unknown {
  const document = loadYaml().parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    // The first line only: the rest quotes the file, and the line and column say where to look.
    const message = error.message.split('\n')[0]?.replace(/:$/, '') ?? error.code;
    if (/call stack/i.test(message)) throw nestedTooDeeply(file, limits);
    throw new SpecError(`${file}: not a YAML or JSON document: ${message}`);
  }
  try {
    return document.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError) throw nestedTooDeeply(file, limits);
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new SpecError(
        `${file}: its YAML aliases expand more than ${limits.maxAliasCount} times (a "billion laughs" document?): refused`,
        { refused: true },
      );
    }
    throw new SpecError(`${file}: not a YAML or JSON document: ${oneLine(error)}`);
  }
}

export function nestedTooDeeply(file: string, limits: SpecLimits): SpecError {
  return new SpecError(`${file}: the spec nests deeper than ${limits.maxDepth} levels: refused`, {
    refused: true,
  });
}
