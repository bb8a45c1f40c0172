import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultFixturesFolder, defaultSpecPath } from '../../core/packageRoot';

/** A scratch folder for edited copies of the spec and fixtures; `cleanup` removes it. */
export interface Scratch {
  /** Writes an edited copy of the shipped spec and returns its path. */
  spec(edit: (spec: any) => void, name?: string): string;
  /** Writes an edited copy of a shipped fixtures file (default `create-user.yaml`) and returns its path. */
  fixtures(edit: (document: any) => void, name?: string, shipped?: string): string;
  /** Writes a file with the given text and returns its path. */
  file(name: string, text: string): string;
  cleanup(): void;
}

export function createScratch(): Scratch {
  const dir = mkdtempSync(path.join(tmpdir(), 'lakesail-contract-'));
  const editCopy = (source: string, name: string, edit: (document: any) => void) => {
    const document = parse(readFileSync(source, 'utf8'));
    edit(document);
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, stringify(document));
    return target;
  };
  return {
    spec: (edit, name = 'openapi.yaml') => editCopy(defaultSpecPath(), name, edit),
    fixtures: (edit, name = 'create-user.yaml', shipped = 'create-user.yaml') =>
      editCopy(path.join(defaultFixturesFolder(), shipped), name, edit),
    file: (name, text) => {
      const target = path.join(dir, name);
      writeFileSync(target, text);
      return target;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The CreateUser operation object inside a parsed spec document. */
export function createUserOperation(spec: any): any {
  return spec.paths['/api/org/v1/users'].post;
}
