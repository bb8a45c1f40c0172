import { SpecError } from '../errors';
import { toPointer } from './jsonPointer';
import { nestedTooDeeply } from './readSpecFile';
import type { SpecLimits } from './specLimits';

/** A `$ref` in a document: its value and where it is (the path of the object holding it). */
export interface ReferenceSite {
  ref: string;
  segments: string[];
}

/**
 * Every `$ref` key of a parsed file, wherever it is (schemas, examples, `x-` extensions: a reference
 * resolver follows them all), found without recursion; a file nested deeper than the limit is refused.
 */
export function findReferences(file: string, document: unknown, limits: SpecLimits): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const stack: { value: unknown; segments: string[] }[] = [{ value: document, segments: [] }];
  // YAML aliases make shared objects; each is scanned once.
  const seen = new Set<object>();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value, segments } = entry;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (segments.length > limits.maxDepth) throw nestedTooDeeply(file, limits);
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && !Array.isArray(value)) {
        if (typeof child !== 'string') {
          throw new SpecError(`${file}: the $ref at ${pointerOf(segments)} is not a string`);
        }
        sites.push({ ref: child, segments });
        continue;
      }
      stack.push({ value: child, segments: [...segments, key] });
    }
  }
  return sites;
}

/** `#/paths/~1users/post`: where a site is, as a URI fragment. */
export function pointerOf(segments: readonly string[]): string {
  return `#${toPointer(segments)}`;
}
