import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject } from '../core/json/jsonObject';
import { isAnnotationKeyword } from './annotationKeyword';
import { diffRemainingKeys } from './diffRemainingKeys';
import { type DiffScope, type DraftChange, draft } from './diffScope';

const RULE = 'response-link-changed';

/**
 * The links of one response, by name. The wire is the same either way, but clients and tools (stateful test
 * generators) follow a link to call the next operation: one added is safe, one removed or leading elsewhere
 * (another operation, other parameter values) breaks clients. A link's documentation changes are safe.
 */
export function diffLinks(responseScope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  const from = isObject(base) ? base : {};
  const to = isObject(head) ? head : {};
  const changes: DraftChange[] = [];
  for (const name of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const scope: DiffScope = {
      ...responseScope,
      place: `${responseScope.place} link ${name}`,
      base: [...responseScope.base, 'links', name],
      head: [...responseScope.head, 'links', name],
    };
    const fromLink = from[name];
    const toLink = to[name];
    if (!isObject(fromLink) || !isObject(toLink)) {
      if (isDeepStrictEqual(fromLink, toLink)) continue;
      changes.push(
        isObject(toLink) && fromLink === undefined
          ? draft(
              scope,
              RULE,
              'safe',
              'head',
              [],
              'added',
              'a new way to the next operation: nobody relied on its absence',
            )
          : draft(
              scope,
              RULE,
              'clients',
              'base',
              [],
              'removed',
              'clients that follow it to the next operation lose it',
            ),
      );
      continue;
    }
    const leadsTo = (link: JsonObject) =>
      Object.fromEntries(Object.entries(link).filter(([key]) => !isAnnotationKeyword(key)));
    if (!isDeepStrictEqual(leadsTo(fromLink), leadsTo(toLink))) {
      changes.push(
        draft(
          scope,
          RULE,
          'clients',
          'head',
          [],
          'leads elsewhere (its operation, parameters or request body changed)',
          'clients that follow it call another operation, or with other values',
        ),
      );
    }
    const judged = new Set(
      [...Object.keys(fromLink), ...Object.keys(toLink)].filter((key) => !isAnnotationKeyword(key)),
    );
    changes.push(...diffRemainingKeys(scope, fromLink, toLink, judged));
  }
  return changes;
}
