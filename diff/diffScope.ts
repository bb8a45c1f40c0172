import type { ChangeLabel, Side } from './contractChange';
import { ruleId } from './diffRules';

export type Segments = readonly string[];

/** Where the diff is: one operation, one side, one element, at the same logical place in both documents. */
export interface DiffScope {
  /** `POST /api/org/v1/users`. */
  operation: string;
  side: Side;
  /** `request body`, `response 201 body`, `query parameter limit`, `response 401 header WWW-Authenticate`. */
  place: string;
  /** Where the element is in the dereferenced base document. */
  base: Segments;
  /** Where the element is in the dereferenced head document. */
  head: Segments;
  /** Inside a schema: `username`, `address.street`, `tags[]`; '' at the schema's root. */
  subject: string;
  /** Schema pairs being compared, from the root down: dereferenced recursive schemas are cyclic. */
  seen: Map<object, Set<object>>;
}

/** A change before its pointers are resolved against the files as written. */
export interface DraftChange {
  rule: string;
  label: ChangeLabel;
  operation: string;
  document: 'base' | 'head';
  segments: Segments;
  change: string;
  why: string;
}

/** `request body property username`, `response 201 body`, `request body property tags[]`, `request body []`. */
export function describe(scope: DiffScope): string {
  if (scope.subject === '') return scope.place;
  return scope.subject.startsWith('[')
    ? `${scope.place} ${scope.subject}`
    : `${scope.place} property ${scope.subject}`;
}

/** The scope one level down: the same step in both documents, and a longer subject. */
export function descend(scope: DiffScope, segments: Segments, subject: string = scope.subject): DiffScope {
  return { ...scope, base: [...scope.base, ...segments], head: [...scope.head, ...segments], subject };
}

/** A property's subject: `address` + `street` → `address.street`. */
export function propertySubject(scope: DiffScope, name: string): string {
  return scope.subject === '' ? name : `${scope.subject}.${name}`;
}

/** A change of `rule` found in `scope`; `at` says which document it is in and `segments` go below the scope. */
export function draft(
  scope: DiffScope,
  rule: string,
  label: ChangeLabel,
  at: 'base' | 'head',
  segments: Segments,
  what: string,
  why: string,
): DraftChange {
  return {
    rule: ruleId(rule),
    label,
    operation: scope.operation,
    document: at,
    segments: [...(at === 'base' ? scope.base : scope.head), ...segments],
    change: `${describe(scope)}: ${what}`,
    why,
  };
}

/**
 * Marks a pair of schemas as being compared; false when it already is, higher up (a recursive schema:
 * dereferenced, it is cyclic). A pair reached again elsewhere (a shared schema) is compared again there.
 */
export function enter(scope: DiffScope, base: object, head: object): boolean {
  let heads = scope.seen.get(base);
  if (!heads) {
    heads = new Set();
    scope.seen.set(base, heads);
  }
  if (heads.has(head)) return false;
  heads.add(head);
  return true;
}

export function leave(scope: DiffScope, base: object, head: object): void {
  scope.seen.get(base)?.delete(head);
}
