import { SpecError } from '../errors';
import { isObject, type JsonObject } from '../json/jsonObject';
import { valueAtPointer } from './jsonPointer';
import { setReferenceTarget } from './referenceTarget';
import type { SpecLimits } from './specLimits';

/**
 * The base URI of the bundled spec in the schema validator: a `$ref` that would close a cycle is kept as
 * `urn:lakesail:spec#/components/schemas/User`, which the validator resolves against the bundle.
 */
export const SPEC_URI = 'urn:lakesail:spec';

/**
 * The bundled spec with every `$ref` replaced by what it points to; a target used several times is the same
 * object each time. A reference that would close a cycle (a recursive schema: `manager: {$ref: User}` inside
 * `User`) stays a `$ref`, made absolute (`urn:lakesail:spec#/...`), so the result is finite and acyclic: plain
 * recursive walkers terminate, the schema validator still follows the cycle, and `referenceTarget` leads a
 * walker that wants to follow it (with a bound of its own) to the dereferenced target. Sibling keys of a `$ref`
 * (OpenAPI 3.1 allows `description` beside it) are laid over a copy of the target.
 */
export function dereferenceSpec(specPath: string, bundled: JsonObject, limits: SpecLimits): JsonObject {
  const done = new Map<object, unknown>();
  const inProgress = new Set<object>();
  const kept: { reference: object; target: object }[] = [];

  const resolve = (value: unknown, at: string): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const cached = done.get(value);
    if (cached !== undefined) return cached;
    inProgress.add(value);
    const out = isReference(value)
      ? resolveReference(value as JsonObject & { $ref: string }, at)
      : Array.isArray(value)
        ? value.map((item, index) => resolve(item, `${at}/${index}`))
        : Object.fromEntries(
            Object.entries(value).map(([key, item]) => [key, resolve(item, `${at}/${key}`)]),
          );
    inProgress.delete(value);
    done.set(value, out);
    return out;
  };

  const resolveReference = (holder: JsonObject & { $ref: string }, at: string): unknown => {
    const { $ref: ref, ...siblings } = holder;
    const target = valueAtPointer(bundled, ref.slice(1));
    if (target === undefined) {
      throw new SpecError(`${specPath}: $ref ${JSON.stringify(ref)} at #${at} points to nothing in the spec`);
    }
    if (target !== null && typeof target === 'object' && inProgress.has(target)) {
      // Only references between them (A: {$ref: B}, B: {$ref: A}) mean nothing at all.
      if (isReference(target)) {
        throw new SpecError(`${specPath}: $ref ${JSON.stringify(ref)} at #${at} refers to itself`);
      }
      const reference = { ...siblings, $ref: `${SPEC_URI}${ref}` };
      kept.push({ reference, target });
      return reference;
    }
    const resolved = resolve(target, ref.slice(1));
    if (Object.keys(siblings).length === 0 || !isObject(resolved)) return resolved;
    return { ...resolved, ...(resolve(siblings, at) as JsonObject) };
  };

  let document: unknown;
  try {
    document = resolve(bundled, '');
  } catch (error) {
    if (error instanceof RangeError) {
      throw new SpecError(`${specPath}: the spec's references nest too deeply to resolve: refused`, {
        refused: true,
      });
    }
    throw error;
  }
  // Only now is every target complete.
  for (const { reference, target } of kept) setReferenceTarget(reference, done.get(target));
  checkExpandedSize(specPath, document, limits);
  return document as JsonObject;
}

function isReference(value: object): boolean {
  return isObject(value) && typeof value.$ref === 'string';
}

/** Counts the nodes of the document as if every shared target were copied at each use (in linear time). */
function checkExpandedSize(specPath: string, document: unknown, limits: SpecLimits): void {
  const sizes = new Map<object, number>();
  const sizeOf = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    let size = 1;
    for (const child of Object.values(value)) {
      size += sizeOf(child);
      if (size > limits.maxExpandedNodes) break;
    }
    sizes.set(value, size);
    return size;
  };
  if (sizeOf(document) > limits.maxExpandedNodes) {
    throw new SpecError(
      `${specPath}: the spec's references expand it to more than ${limits.maxExpandedNodes} nodes: refused`,
      { refused: true },
    );
  }
}
