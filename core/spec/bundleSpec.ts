import { realpathSync } from 'node:fs';
import path from 'node:path';
import { oneLine, SpecError } from '../errors';
import { isObject, type JsonObject } from '../json/jsonObject';
import { findReferences, pointerOf, type ReferenceSite } from './findReferences';
import { toPointer } from './jsonPointer';
import { parseReference, type Reference } from './parseReference';
import { type ByteBudget, readSpecFile } from './readSpecFile';
import type { SpecLimits } from './specLimits';

/** Where the files a spec references are kept in its bundle: one entry per file, by path from the folder. */
export const BUNDLED_FILES_KEY = 'x-lakesail-bundled';

interface LoadedFile {
  file: string;
  document: unknown;
  sites: ReferenceSite[];
  references: Reference[];
}

/**
 * Reads a spec and every file it references (each under the spec's folder, each checked before it is
 * opened) into one document whose `$ref`s all point inside it: the one value every command works on, so no
 * later step (swagger-parser, Prism) ever reads a file. A single-file spec is returned as it is written.
 */
export function bundleSpec(specPath: string, limits: SpecLimits): JsonObject {
  const rootFile = path.resolve(specPath);
  const realRoot = realPathOf(specPath, rootFile);
  // The folder the user named the spec in (a symbolic link to the spec file does not widen it).
  const root = realPathOf(specPath, path.dirname(rootFile));
  const budget: ByteBudget = { remaining: limits.maxBytes };
  const files = new Map<string, LoadedFile>();
  const pending = [rootFile];
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    const loaded = loadFile(file, root, limits, budget);
    files.set(file === rootFile ? realRoot : file, loaded);
    for (const reference of loaded.references) {
      if (reference.kind !== 'file' || reference.file === realRoot || files.has(reference.file)) continue;
      if (pending.includes(reference.file)) continue;
      if (files.size + pending.length > limits.maxFiles) {
        throw new SpecError(`${specPath}: the spec references more than ${limits.maxFiles} files: refused`, {
          refused: true,
        });
      }
      pending.push(reference.file);
    }
  }
  const document = (files.get(realRoot) as LoadedFile).document;
  if (!isObject(document)) throw new SpecError(`${specPath}: the spec is not a YAML or JSON object`);
  if (files.size === 1) {
    rewriteReferences(files.get(realRoot) as LoadedFile, realRoot, root);
    return document;
  }
  return bundle(document, files, realRoot, root);
}

function loadFile(file: string, root: string, limits: SpecLimits, budget: ByteBudget): LoadedFile {
  const document = readSpecFile(file, limits, budget);
  const sites = findReferences(file, document, limits);
  const references = sites.map((site) =>
    parseReference(site.ref, { file, root, at: pointerOf(site.segments) }),
  );
  return { file, document, sites, references };
}

/** Every referenced file under `x-lakesail-bundled`, and every `$ref` rewritten to point into the bundle. */
function bundle(document: JsonObject, files: Map<string, LoadedFile>, realRoot: string, root: string) {
  const bundled: JsonObject = {};
  for (const [file, loaded] of files) {
    rewriteReferences(loaded, realRoot, root);
    if (file !== realRoot) bundled[bundleKey(file, root)] = loaded.document;
  }
  if (Object.hasOwn(document, BUNDLED_FILES_KEY)) {
    throw new SpecError(`${realRoot}: ${BUNDLED_FILES_KEY} is reserved for the files a spec references`);
  }
  document[BUNDLED_FILES_KEY] = bundled;
  return document;
}

/** Rewrites each `$ref` of a file to a pointer into the bundle (`#/x-lakesail-bundled/<file>/...`). */
function rewriteReferences(loaded: LoadedFile, realRoot: string, root: string): void {
  const base = loaded.file === realRoot ? '' : bundlePointer(loaded.file, root);
  loaded.sites.forEach((site, index) => {
    const reference = loaded.references[index] as Reference;
    const holder = holderAt(loaded.document, site.segments);
    if (reference.kind === 'internal') holder.$ref = `#${base}${reference.pointer}`;
    else if (reference.file === realRoot) holder.$ref = `#${reference.pointer}`;
    else holder.$ref = `#${bundlePointer(reference.file, root)}${reference.pointer}`;
  });
}

function holderAt(document: unknown, segments: readonly string[]): JsonObject {
  let current = document;
  for (const segment of segments) current = (current as JsonObject)[segment];
  return current as JsonObject;
}

function bundleKey(file: string, root: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function bundlePointer(file: string, root: string): string {
  return toPointer([BUNDLED_FILES_KEY, bundleKey(file, root)]);
}

function realPathOf(specPath: string, file: string): string {
  try {
    return realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? oneLine(error);
    throw new SpecError(`${specPath}: cannot read the spec: ${code}`);
  }
}
