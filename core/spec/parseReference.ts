import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SpecError } from '../errors';
import { parsePointer } from './jsonPointer';

/** Where a `$ref` leads: a JSON Pointer in the same file, or in another file of the spec's folder. */
export type Reference =
  | { kind: 'internal'; pointer: string }
  | { kind: 'file'; file: string; pointer: string };

/** What a reference is resolved against. */
export interface ReferenceScope {
  /** The file the `$ref` is in. */
  file: string;
  /** The real path of the spec's own folder: no reference may lead outside it. */
  root: string;
  /** Where the `$ref` is, for messages (`#/components/schemas/User/properties/id`). */
  at: string;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reads a `$ref` and confines it: a pointer into the same file, or a relative path to a file under the spec's
 * folder (compared as real paths, so a symbolic link cannot lead out). URLs of any scheme (`http:`, `file:`),
 * absolute paths outside the folder and `..` escaping it are refused with a SpecError that names the
 * reference, and nothing outside the folder is ever opened.
 */
export function parseReference(ref: string, scope: ReferenceScope): Reference {
  const hash = ref.indexOf('#');
  const location = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : decode(ref.slice(hash + 1), ref, scope);
  if (pointer !== '' && !pointer.startsWith('/')) {
    throw refused(ref, scope, 'only JSON Pointer fragments (#/...) are supported, not anchors');
  }
  checkPointer(pointer, ref, scope);
  if (location === '') return { kind: 'internal', pointer };
  if (URL_SCHEME.test(location) || location.startsWith('//') || location.startsWith('\\\\')) {
    throw refused(ref, scope, 'references to URLs are not allowed; put the file beside the spec');
  }
  const decoded = decode(location, ref, scope);
  if (decoded.includes('\0')) throw refused(ref, scope, 'the path contains a NUL character');
  const lexical = path.resolve(path.dirname(scope.file), decoded);
  if (!isInside(lexical, scope.root)) throw outsideFolder(ref, scope);
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    throw refused(ref, scope, 'the file does not exist');
  }
  if (!isInside(real, scope.root)) throw outsideFolder(ref, scope);
  return { kind: 'file', file: real, pointer };
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function decode(text: string, ref: string, scope: ReferenceScope): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw refused(ref, scope, 'it is not a valid URI reference');
  }
}

function checkPointer(pointer: string, ref: string, scope: ReferenceScope): void {
  try {
    parsePointer(pointer);
  } catch {
    throw refused(ref, scope, 'its fragment is not a JSON Pointer');
  }
}

function outsideFolder(ref: string, scope: ReferenceScope): SpecError {
  return refused(ref, scope, "it leads outside the spec's folder, which references may not leave");
}

/** Names the reference (cut short, on one line), never anything read through it. */
function refused(ref: string, scope: ReferenceScope, why: string): SpecError {
  const shown = JSON.stringify(ref.length > 200 ? `${ref.slice(0, 200)}…` : ref);
  return new SpecError(`${scope.file}: $ref ${shown} at ${scope.at} is refused: ${why}`, { refused: true });
}
