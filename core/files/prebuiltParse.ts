import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { packageRoot } from '../packageRoot';

/** Where `npm run build` puts the parses of the YAML files the package ships (scripts/buildPrebuiltParses). */
export function prebuiltParsesRoot(): string {
  return path.join(packageRoot(), 'dist', 'prebuilt-parses');
}

/** The folder of the installed `yaml` library's parses: another version might parse the same bytes otherwise. */
export function prebuiltParsesFolder(root = prebuiltParsesRoot()): string {
  return path.join(root, `yaml-${yamlVersion()}`);
}

/**
 * The parse the build made of these exact bytes, if it made one: parsing the shipped spec and fixtures was the
 * largest cost of `check`'s start. Entries are named after the sha256 of the bytes, so any other bytes (an
 * edited spec, a team's own) miss and are parsed as ever; the reader's checks before (size) and after
 * (references, nesting) run either way. Each call returns a fresh value, which the caller may change.
 */
export function prebuiltParse(
  bytes: Uint8Array,
  folder = prebuiltParsesFolder(),
): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(readFileSync(entryFile(folder, bytes), 'utf8')) };
  } catch {
    // None stored (any other bytes), or a damaged one: the reader parses the bytes itself.
    return undefined;
  }
}

/**
 * Stores the parse of `bytes` (the build's side of prebuiltParse). False, and nothing stored, when JSON cannot
 * hold the value exactly (YAML's `.nan`, say): readers then parse those bytes themselves.
 */
export function writePrebuiltParse(
  bytes: Uint8Array,
  value: unknown,
  folder = prebuiltParsesFolder(),
): boolean {
  const text = JSON.stringify(value);
  if (text === undefined || !isDeepStrictEqual(JSON.parse(text), value)) return false;
  mkdirSync(folder, { recursive: true });
  writeFileSync(entryFile(folder, bytes), text);
  return true;
}

function entryFile(folder: string, bytes: Uint8Array): string {
  return path.join(folder, `${createHash('sha256').update(bytes).digest('hex')}.json`);
}

function yamlVersion(): string {
  return (require('yaml/package.json') as { version: string }).version;
}
