import { isSpecError, oneLine } from '../core/errors';
import { isObject, type JsonObject } from '../core/json/jsonObject';
import { BUNDLED_FILES_KEY } from '../core/spec/bundleSpec';
import { HTTP_METHODS } from '../core/spec/extractOperations';
import { parsePointer, toPointer } from '../core/spec/jsonPointer';
import type { Spec } from '../core/spec/loadSpec';
import {
  ACTION_KEYWORD,
  PERMISSION_KEYWORD,
  propertyRoles,
  ROLE_KEYWORD,
  UNIQUE_KEYWORD,
} from '../core/spec/operationSemantics';
import type { LintProblem } from './lintProblem';

type Segments = readonly string[];

const isOperation = (at: Segments) =>
  at.length === 3 && at[0] === 'paths' && (HTTP_METHODS as readonly string[]).includes(at[2] as string);
const isProperty = (at: Segments) => at.at(-2) === 'properties';
const isParameter = (at: Segments) => at.at(-2) === 'parameters';

/** Each `x-lakesail-*` extension, and where it belongs. */
const PLACES: Record<string, { where: string; fits: (at: Segments) => boolean }> = {
  [ACTION_KEYWORD]: { where: 'an operation', fits: isOperation },
  [PERMISSION_KEYWORD]: { where: 'an operation', fits: isOperation },
  [ROLE_KEYWORD]: {
    where: 'a schema property or a path parameter',
    fits: (at) => isProperty(at) || isParameter(at),
  },
  [UNIQUE_KEYWORD]: { where: 'a schema property', fits: isProperty },
};

export interface SemanticsCheckResult {
  /** How many `x-lakesail-*` extensions were checked. */
  checked: number;
  problems: LintProblem[];
}

/**
 * The `x-lakesail-*` declarations the loader does not read itself are well-formed: every one is known (a typo
 * would silently drop a meaning), stands where it means something, `x-lakesail-unique` is a boolean, and no
 * schema gives a role twice or an unknown role. (A malformed action, permission or parameter role stops the
 * loader, and is a `document-valid` problem.)
 */
export function checkSemantics(spec: Spec): SemanticsCheckResult {
  const result: SemanticsCheckResult = { checked: 0, problems: [] };
  const report = (at: Segments, message: string) =>
    result.problems.push({ check: 'semantics-valid', file: spec.specPath, pointer: toPointer(at), message });
  const seen = new Set<object>();
  const pending: { value: JsonObject; at: Segments }[] = [{ value: spec.document, at: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, at } = next;
    if (seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (at.length === 0 && key === BUNDLED_FILES_KEY) continue;
      if (key.startsWith('x-lakesail-')) {
        result.checked += 1;
        checkExtension(key, child, at, report);
      }
      if (isObject(child)) pending.push({ value: child, at: [...at, key] });
      if (Array.isArray(child)) {
        child.forEach((item, index) => {
          if (isObject(item)) pending.push({ value: item, at: [...at, key, String(index)] });
        });
      }
    }
    if (isObject(value.properties)) checkRoles(value, at, report);
  }
  result.problems.sort((a, b) => a.pointer.localeCompare(b.pointer));
  return result;
}

function checkExtension(
  key: string,
  value: unknown,
  at: Segments,
  report: (at: Segments, message: string) => void,
): void {
  const place = PLACES[key];
  if (!place) {
    report([...at, key], `${key} is not a known extension (${Object.keys(PLACES).join(', ')})`);
    return;
  }
  if (!place.fits(at)) report([...at, key], `${key} belongs on ${place.where}; here it means nothing`);
  if (key === UNIQUE_KEYWORD && typeof value !== 'boolean')
    report([...at, key], `${key} must be true or false`);
}

function checkRoles(schema: JsonObject, at: Segments, report: (at: Segments, message: string) => void): void {
  try {
    propertyRoles('', schema);
  } catch (error) {
    if (!isSpecError(error)) throw error;
    // `/properties/a: x-lakesail-role must be ...` or `: two properties have ...`, below the schema.
    const [below = '', ...message] = oneLine(error).split(': ');
    report([...at, ...parsePointer(below)], message.join(': '));
  }
}
