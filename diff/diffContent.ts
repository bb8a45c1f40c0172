import { isObject, type JsonObject } from '../core/json/jsonObject';
import { diffRemainingKeys } from './diffRemainingKeys';
import { diffSchema } from './diffSchema';
import { type DiffScope, type DraftChange, descend, draft } from './diffScope';

/**
 * The media types of a request body or a response (`content`), and the schema of each one kept. `scope` is
 * at the request body or the response; `bodyPlace` (`request body`, `response 201 body`) names the bodies.
 */
export function diffContent(
  scope: DiffScope,
  bodyPlace: string,
  base: unknown,
  head: unknown,
): DraftChange[] {
  const baseContent = isObject(base) ? base : {};
  const headContent = isObject(head) ? head : {};
  const request = scope.side === 'request';
  const baseTypes = byMediaType(baseContent);
  const headTypes = byMediaType(headContent);
  const several = baseTypes.size > 1 || headTypes.size > 1;
  const changes: DraftChange[] = [];

  for (const [normalized, mediaType] of baseTypes) {
    const headMediaType = headTypes.get(normalized);
    if (headMediaType === undefined) {
      changes.push(
        draft(
          scope,
          `${scope.side}-media-type-removed`,
          request ? 'clients' : 'both',
          'base',
          ['content', mediaType],
          `media type ${mediaType} removed`,
          request
            ? 'clients that send it are refused (415)'
            : 'clients that ask for it no longer get it, and servers that still send it send an undocumented media type',
        ),
      );
      continue;
    }
    const bodyScope: DiffScope = {
      ...scope,
      place: `${bodyPlace}${several ? ` (${mediaType})` : ''}`,
      base: [...scope.base, 'content', mediaType],
      head: [...scope.head, 'content', headMediaType],
    };
    changes.push(...diffMediaType(bodyScope, baseContent[mediaType], headContent[headMediaType]));
  }
  for (const [normalized, mediaType] of headTypes) {
    if (baseTypes.has(normalized)) continue;
    changes.push(
      draft(
        scope,
        `${scope.side}-media-type-added`,
        request ? 'servers' : 'clients',
        'head',
        ['content', mediaType],
        `media type ${mediaType} added`,
        request
          ? 'servers must accept bodies of this media type'
          : 'clients may receive a media type they cannot read',
      ),
    );
  }
  return changes;
}

/** Media types compared without case and spaces: `application/json; charset=utf-8`. */
function byMediaType(content: JsonObject): Map<string, string> {
  return new Map(
    Object.keys(content).map((mediaType) => [mediaType.toLowerCase().replace(/\s+/g, ''), mediaType]),
  );
}

function diffMediaType(scope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  const from = isObject(base) ? base : {};
  const to = isObject(head) ? head : {};
  const changes: DraftChange[] = [];
  if ('schema' in from || 'schema' in to) {
    changes.push(...diffSchema(descend(scope, ['schema'], ''), from.schema ?? {}, to.schema ?? {}));
  }
  changes.push(...diffRemainingKeys(scope, from, to, new Set(['schema'])));
  return changes;
}
