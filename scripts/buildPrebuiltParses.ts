import { readFileSync, rmSync } from 'node:fs';
import { prebuiltParsesFolder, prebuiltParsesRoot, writePrebuiltParse } from '../core/files/prebuiltParse';
import { listFixturesFiles } from '../core/fixtures/listFixturesFiles';
import { parseFixturesBytes } from '../core/fixtures/loadFixturesFile';
import { defaultFixturesFolder, defaultSpecPath } from '../core/packageRoot';
import { parseSpecBytes } from '../core/spec/readSpecFile';
import { SPEC_LIMITS } from '../core/spec/specLimits';

/**
 * Part of `npm run build`: parses the YAML files the package ships (spec/openapi.yaml, fixtures/*.yaml) as
 * their readers do, and stores each result under the sha256 of the file's bytes (prebuiltParse), so `check`
 * need not parse them at its start. The folder is made afresh: it holds only what the current files and the
 * current yaml library give. Returns the files whose parse it stored.
 */
export function buildPrebuiltParses(root = prebuiltParsesRoot()): string[] {
  rmSync(root, { recursive: true, force: true });
  const folder = prebuiltParsesFolder(root);
  const specPath = defaultSpecPath();
  const files: (readonly [string, (bytes: Buffer) => unknown])[] = [
    [specPath, (bytes) => parseSpecBytes(specPath, bytes, SPEC_LIMITS)],
    ...listFixturesFiles(defaultFixturesFolder()).map((file) => [file, parseFixturesBytes] as const),
  ];
  return files.flatMap(([file, parse]) => {
    const bytes = readFileSync(file);
    return writePrebuiltParse(bytes, parse(bytes), folder) ? [file] : [];
  });
}

if (require.main === module) buildPrebuiltParses();
