import { isDeepStrictEqual } from 'node:util';
import type { JsonObject } from '../core/json/jsonObject';
import { isAnnotationKeyword } from './annotationKeyword';
import { type DiffScope, type DraftChange, draft } from './diffScope';
import { diffSemantics } from './diffSemantics';
import { isSemanticsKeyword } from './semanticsKeyword';

export const UNCLASSIFIED_WHY =
  'the diff cannot judge this change, so it reports it as breaking both sides: review it by hand';

/**
 * The keys of an element that no specific rule judged: documentation changes are safe, `x-lakesail-*`
 * declarations are contract changes (diffSemantics), anything else is unclassified (labelled `both`, so that a
 * gate never passes what it cannot judge).
 */
export function diffRemainingKeys(
  scope: DiffScope,
  base: JsonObject,
  head: JsonObject,
  judged: ReadonlySet<string>,
): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const key of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (judged.has(key) || isDeepStrictEqual(base[key], head[key])) continue;
    const at = key in head ? 'head' : 'base';
    const what = key in base ? (key in head ? `${key} changed` : `${key} removed`) : `${key} added`;
    if (isSemanticsKeyword(key)) {
      changes.push(diffSemantics(scope, key, base[key], head[key], at, what));
      continue;
    }
    changes.push(
      isAnnotationKeyword(key)
        ? draft(scope, 'annotation-changed', 'safe', at, [key], what, 'documentation only')
        : draft(scope, 'unclassified-change', 'both', at, [key], what, UNCLASSIFIED_WHY),
    );
  }
  return changes;
}
