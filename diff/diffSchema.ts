import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject } from '../core/json/jsonObject';
import { compareTypes } from './compareTypes';
import type { Effect } from './contractChange';
import { diffProperties } from './diffProperties';
import { diffRemainingKeys, UNCLASSIFIED_WHY } from './diffRemainingKeys';
import { type DiffScope, type DraftChange, descend, draft, enter, leave } from './diffScope';
import { labelForEffect, whyForEffect } from './labelForEffect';
import { SCHEMA_CONSTRAINTS } from './schemaConstraints';

/** Keywords judged below, outside the constraint table. */
const STRUCTURE = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'allOf',
  'anyOf',
  'oneOf',
]);
const JUDGED = new Set([...STRUCTURE, ...SCHEMA_CONSTRAINTS.map((constraint) => constraint.keyword)]);

/**
 * Every labelled change between two versions of one schema (dereferenced), recursively: type and
 * constraints by table, properties, items and combinators member by member, documentation as safe, and
 * anything else as unclassified. An absent subschema is the empty schema, which allows everything.
 */
export function diffSchema(scope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  if (!isObject(base) || !isObject(head)) {
    if (isDeepStrictEqual(base, head)) return [];
    return [
      draft(
        scope,
        'unclassified-change',
        'both',
        'head',
        [],
        `schema changed from ${JSON.stringify(base)} to ${JSON.stringify(head)}`,
        UNCLASSIFIED_WHY,
      ),
    ];
  }
  if (!enter(scope, base, head)) return [];
  const changes = diffSchemaKeywords(scope, base, head);
  leave(scope, base, head);
  return changes;
}

function diffSchemaKeywords(scope: DiffScope, base: JsonObject, head: JsonObject): DraftChange[] {
  const changes: DraftChange[] = [];
  const where = (keyword: string): 'base' | 'head' => (keyword in head ? 'head' : 'base');
  const judged = (rule: string, keyword: string, result: { effect: Effect; what: string } | undefined) => {
    if (!result) return;
    changes.push(
      draft(
        scope,
        `${scope.side}-${rule}`,
        labelForEffect(scope.side, result.effect),
        where(keyword),
        [keyword],
        result.what,
        whyForEffect(scope.side, result.effect),
      ),
    );
  };

  judged('type-changed', 'type', compareTypes(base.type, head.type));
  for (const constraint of SCHEMA_CONSTRAINTS) {
    judged(
      constraint.rule,
      constraint.keyword,
      constraint.compare(base[constraint.keyword], head[constraint.keyword]),
    );
  }
  changes.push(...diffProperties(scope, base, head));
  if ('items' in base || 'items' in head) {
    changes.push(
      ...diffSchema(descend(scope, ['items'], `${scope.subject}[]`), base.items ?? {}, head.items ?? {}),
    );
  }
  changes.push(...diffMembers(scope, base, head, 'prefixItems'));
  for (const combinator of ['allOf', 'anyOf', 'oneOf'])
    changes.push(...diffMembers(scope, base, head, combinator));

  changes.push(...diffRemainingKeys(scope, base, head, JUDGED));
  return changes;
}

/** `allOf`, `anyOf`, `oneOf`, `prefixItems`: member by member when the count is the same, else unclassified. */
function diffMembers(scope: DiffScope, base: JsonObject, head: JsonObject, keyword: string): DraftChange[] {
  const from = base[keyword];
  const to = head[keyword];
  if (from === undefined && to === undefined) return [];
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    return from.flatMap((member, index) => {
      const subject = keyword === 'prefixItems' ? `${scope.subject}[${index}]` : scope.subject;
      return diffSchema(descend(scope, [keyword, String(index)], subject), member, to[index]);
    });
  }
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return [
    draft(
      scope,
      'unclassified-change',
      'both',
      to === undefined ? 'base' : 'head',
      [keyword],
      `${keyword} changed from ${count(from)} to ${count(to)} members`,
      UNCLASSIFIED_WHY,
    ),
  ];
}
