import type { ConstraintChange } from './schemaConstraints';

/** The kinds of JSON value a `type` allows; `number` covers integers and fractions alike. */
const KINDS: Record<string, readonly string[]> = {
  null: ['null'],
  boolean: ['boolean'],
  object: ['object'],
  array: ['array'],
  string: ['string'],
  integer: ['integer'],
  number: ['integer', 'fraction'],
};
const ALL_KINDS = ['null', 'boolean', 'object', 'array', 'string', 'integer', 'fraction'];

function kinds(type: unknown): Set<string> {
  if (type === undefined) return new Set(ALL_KINDS);
  const names = Array.isArray(type) ? type : [type];
  return new Set(names.flatMap((name) => KINDS[String(name)] ?? [String(name)]));
}

const show = (type: unknown) => (type === undefined ? 'any type' : JSON.stringify(type));

/** How a `type` change moves the set of allowed values: `string` → `[string, "null"]` widens, `string` → `integer` does both. */
export function compareTypes(base: unknown, head: unknown): ConstraintChange | undefined {
  const from = kinds(base);
  const to = kinds(head);
  const lost = [...from].some((kind) => !to.has(kind));
  const gained = [...to].some((kind) => !from.has(kind));
  if (!lost && !gained) return undefined;
  const what = `type changed from ${show(base)} to ${show(head)}`;
  if (lost && gained) return { effect: 'changes', what };
  return { effect: lost ? 'narrows' : 'widens', what };
}
