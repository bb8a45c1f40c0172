import { isObject, type JsonObject } from '../core/json/jsonObject';
import { diffContent } from './diffContent';
import { diffHeaders } from './diffHeaders';
import { diffLinks } from './diffLinks';
import { diffRemainingKeys } from './diffRemainingKeys';
import { type DiffScope, type DraftChange, draft } from './diffScope';

/**
 * The responses of an operation. A status kept is compared in depth. A status added or removed is safe when
 * the other version documents it all the same, through a range (`4XX`) or `default` with the same body.
 */
export function diffResponses(operationScope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  const baseResponses = byStatus(base);
  const headResponses = byStatus(head);
  const changes: DraftChange[] = [];
  const scopeOf = (status: string, baseKey: string | undefined, headKey: string | undefined): DiffScope => ({
    ...operationScope,
    side: 'response',
    place: `response ${headKey ?? baseKey ?? status}`,
    base: [...operationScope.base, 'responses', baseKey ?? headKey ?? status],
    head: [...operationScope.head, 'responses', headKey ?? baseKey ?? status],
    subject: '',
  });

  for (const [status, [baseKey, from]] of baseResponses) {
    const match = headResponses.get(status);
    if (match) {
      const [headKey, to] = match;
      changes.push(...diffResponse(scopeOf(status, baseKey, headKey), from, to));
      continue;
    }
    const scope = scopeOf(status, baseKey, undefined);
    const cover = covering(headResponses, status);
    if (cover && describedAlike(scope, from, cover[1][1])) {
      changes.push(
        draft(
          scope,
          'response-status-removed',
          'safe',
          'base',
          [],
          'removed',
          `the new contract still documents it through ${cover[0]} with the same body`,
        ),
      );
      continue;
    }
    const success = status.startsWith('2');
    changes.push(
      draft(
        scope,
        'response-status-removed',
        success ? 'both' : 'servers',
        'base',
        [],
        'removed',
        `servers that still return it send an undocumented status${success ? ', and clients never get the success they wait for' : ''}`,
      ),
    );
  }

  for (const [status, [headKey, to]] of headResponses) {
    if (baseResponses.has(status)) continue;
    const scope = scopeOf(status, undefined, headKey);
    const cover = covering(baseResponses, status);
    const safe = cover !== undefined && describedAlike(scope, cover[1][1], to);
    changes.push(
      draft(
        scope,
        'response-status-added',
        safe ? 'safe' : 'clients',
        'head',
        [],
        'added',
        safe
          ? `the old contract already documented it through ${cover?.[0]} with the same body`
          : cover
            ? `clients handled it as ${cover[0]}, whose body differs`
            : 'clients may receive a status they do not handle',
      ),
    );
  }
  return changes;
}

/** `2XX` and `2xx` are the same range. */
function byStatus(responses: unknown): Map<string, [string, JsonObject]> {
  const entries = isObject(responses) ? Object.entries(responses) : [];
  return new Map(
    entries.map(([key, response]) => [
      key.toUpperCase(),
      [key, isObject(response) ? response : {}] as [string, JsonObject],
    ]),
  );
}

/** The response that documents `status` when it is not listed itself: its range, then `default`. */
function covering(
  responses: Map<string, [string, JsonObject]>,
  status: string,
): [string, [string, JsonObject]] | undefined {
  if (status === 'DEFAULT') return undefined;
  const range = /^\d{3}$/.test(status) ? `${status[0]}XX` : undefined;
  const byRange = range ? responses.get(range) : undefined;
  if (range && byRange) return [range, byRange];
  const byDefault = responses.get('DEFAULT');
  return byDefault ? ['default', byDefault] : undefined;
}

/** Two responses that differ in documentation only. */
function describedAlike(scope: DiffScope, base: JsonObject, head: JsonObject): boolean {
  return diffResponse({ ...scope, seen: new Map() }, base, head).every((change) => change.label === 'safe');
}

function diffResponse(scope: DiffScope, base: JsonObject, head: JsonObject): DraftChange[] {
  return [
    ...diffHeaders(scope, base.headers, head.headers),
    ...diffContent(scope, `${scope.place} body`, base.content, head.content),
    ...diffLinks(scope, base.links, head.links),
    ...diffRemainingKeys(scope, base, head, new Set(['headers', 'content', 'links'])),
  ];
}
