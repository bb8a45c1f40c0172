import { isDeepStrictEqual } from 'node:util';
import type { Effect } from './contractChange';

/** What a constraint keyword's change does: its effect and the words for it. */
export interface ConstraintChange {
  effect: Effect;
  what: string;
}

/** A constraint keyword of JSON Schema, the rule that labels its changes, and how to compare two values. */
export interface SchemaConstraint {
  keyword: string;
  /** Without the side: `max-length-changed` becomes `request-max-length-changed` / `response-...`. */
  rule: string;
  compare(base: unknown, head: unknown): ConstraintChange | undefined;
}

const show = (value: unknown) => JSON.stringify(value);

/** A bound above (maxLength, maximum, ...): lowering it narrows; absent means no bound. */
function upperBound(keyword: string): SchemaConstraint['compare'] {
  return (base, head) => {
    const from = typeof base === 'number' ? base : Number.POSITIVE_INFINITY;
    const to = typeof head === 'number' ? head : Number.POSITIVE_INFINITY;
    if (from === to) return undefined;
    if (base === undefined) return { effect: 'narrows', what: `${keyword} ${show(head)} added` };
    if (head === undefined) return { effect: 'widens', what: `${keyword} removed (was ${show(base)})` };
    return to < from
      ? { effect: 'narrows', what: `${keyword} lowered from ${show(base)} to ${show(head)}` }
      : { effect: 'widens', what: `${keyword} raised from ${show(base)} to ${show(head)}` };
  };
}

/** A bound below (minLength, minimum, ...): raising it narrows; absent means `floor`. */
function lowerBound(keyword: string, floor: number): SchemaConstraint['compare'] {
  return (base, head) => {
    const from = typeof base === 'number' ? base : floor;
    const to = typeof head === 'number' ? head : floor;
    if (from === to) return undefined;
    if (base === undefined) return { effect: 'narrows', what: `${keyword} ${show(head)} added` };
    if (head === undefined) return { effect: 'widens', what: `${keyword} removed (was ${show(base)})` };
    return to > from
      ? { effect: 'narrows', what: `${keyword} raised from ${show(base)} to ${show(head)}` }
      : { effect: 'widens', what: `${keyword} lowered from ${show(base)} to ${show(head)}` };
  };
}

/** A keyword whose values cannot be ordered (pattern, format, const): added narrows, removed widens. */
function presence(keyword: string): SchemaConstraint['compare'] {
  return (base, head) => {
    if (isDeepStrictEqual(base, head)) return undefined;
    if (base === undefined) return { effect: 'narrows', what: `${keyword} ${show(head)} added` };
    if (head === undefined) return { effect: 'widens', what: `${keyword} ${show(base)} removed` };
    return { effect: 'changes', what: `${keyword} changed from ${show(base)} to ${show(head)}` };
  };
}

function compareEnum(base: unknown, head: unknown): ConstraintChange | undefined {
  if (isDeepStrictEqual(base, head)) return undefined;
  if (!Array.isArray(base)) return { effect: 'narrows', what: `enum ${show(head)} added` };
  if (!Array.isArray(head)) return { effect: 'widens', what: `enum ${show(base)} removed` };
  const removed = base.filter((value) => !head.some((other) => isDeepStrictEqual(value, other)));
  const added = head.filter((value) => !base.some((other) => isDeepStrictEqual(value, other)));
  if (removed.length === 0 && added.length === 0) return undefined; // reordered
  const parts = [
    ...(removed.length > 0 ? [`values ${removed.map(show).join(', ')} removed`] : []),
    ...(added.length > 0 ? [`values ${added.map(show).join(', ')} added`] : []),
  ];
  const effect: Effect =
    removed.length > 0 && added.length > 0 ? 'changes' : removed.length > 0 ? 'narrows' : 'widens';
  return { effect, what: `enum ${parts.join(' and ')}` };
}

function compareMultipleOf(base: unknown, head: unknown): ConstraintChange | undefined {
  if (base === head) return undefined;
  if (typeof base !== 'number') return { effect: 'narrows', what: `multipleOf ${show(head)} added` };
  if (typeof head !== 'number') return { effect: 'widens', what: `multipleOf ${show(base)} removed` };
  const what = `multipleOf changed from ${show(base)} to ${show(head)}`;
  // Multiples of 10 are multiples of 5: 5 → 10 narrows, 10 → 5 widens, 4 → 6 does both.
  if (Number.isInteger(head / base)) return { effect: 'narrows', what };
  if (Number.isInteger(base / head)) return { effect: 'widens', what };
  return { effect: 'changes', what };
}

function compareUniqueItems(base: unknown, head: unknown): ConstraintChange | undefined {
  const from = base === true;
  const to = head === true;
  if (from === to) return undefined;
  return to
    ? { effect: 'narrows', what: 'uniqueItems became true' }
    : { effect: 'widens', what: 'uniqueItems is no longer true' };
}

/** Every constraint keyword the diff judges, one table entry each. */
export const SCHEMA_CONSTRAINTS: readonly SchemaConstraint[] = [
  { keyword: 'format', rule: 'format-changed', compare: presence('format') },
  { keyword: 'maxLength', rule: 'max-length-changed', compare: upperBound('maxLength') },
  { keyword: 'minLength', rule: 'min-length-changed', compare: lowerBound('minLength', 0) },
  { keyword: 'pattern', rule: 'pattern-changed', compare: presence('pattern') },
  { keyword: 'enum', rule: 'enum-changed', compare: compareEnum },
  { keyword: 'const', rule: 'const-changed', compare: presence('const') },
  { keyword: 'maximum', rule: 'maximum-changed', compare: upperBound('maximum') },
  {
    keyword: 'minimum',
    rule: 'minimum-changed',
    compare: lowerBound('minimum', Number.NEGATIVE_INFINITY),
  },
  { keyword: 'exclusiveMaximum', rule: 'exclusive-maximum-changed', compare: upperBound('exclusiveMaximum') },
  {
    keyword: 'exclusiveMinimum',
    rule: 'exclusive-minimum-changed',
    compare: lowerBound('exclusiveMinimum', Number.NEGATIVE_INFINITY),
  },
  { keyword: 'multipleOf', rule: 'multiple-of-changed', compare: compareMultipleOf },
  { keyword: 'maxItems', rule: 'max-items-changed', compare: upperBound('maxItems') },
  { keyword: 'minItems', rule: 'min-items-changed', compare: lowerBound('minItems', 0) },
  { keyword: 'uniqueItems', rule: 'unique-items-changed', compare: compareUniqueItems },
  { keyword: 'maxProperties', rule: 'max-properties-changed', compare: upperBound('maxProperties') },
  { keyword: 'minProperties', rule: 'min-properties-changed', compare: lowerBound('minProperties', 0) },
];
