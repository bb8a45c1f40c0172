/**
 * Where a kept `$ref` (one that closes a cycle, see dereferenceSpec) leads: the dereferenced target, held under a
 * symbol so that JSON, ajv and `Object.entries` never see it, and a walker that wants to follow the cycle can,
 * with a depth bound of its own.
 */
const REFERENCE_TARGET = Symbol('lakesail.referenceTarget');

export function setReferenceTarget(reference: object, target: unknown): void {
  Object.defineProperty(reference, REFERENCE_TARGET, { value: target, enumerable: false });
}

/** The dereferenced schema a kept `$ref` stands for, or undefined for any other value. */
export function referenceTarget(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return undefined;
  return (schema as { [REFERENCE_TARGET]?: unknown })[REFERENCE_TARGET];
}
