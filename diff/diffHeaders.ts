import { isObject, type JsonObject } from '../core/json/jsonObject';
import { diffRemainingKeys } from './diffRemainingKeys';
import { diffSchema } from './diffSchema';
import { type DiffScope, type DraftChange, draft } from './diffScope';

/** The headers of one response (names without case): added, removed, becoming required or optional, schemas. */
export function diffHeaders(responseScope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  const baseHeaders = byName(base);
  const headHeaders = byName(head);
  const changes: DraftChange[] = [];
  const scopeOf = (baseName: string | undefined, headName: string | undefined): DiffScope => ({
    ...responseScope,
    place: `${responseScope.place} header ${headName ?? baseName}`,
    base: [...responseScope.base, 'headers', baseName ?? headName ?? ''],
    head: [...responseScope.head, 'headers', headName ?? baseName ?? ''],
  });

  for (const [key, [baseName, from]] of baseHeaders) {
    const match = headHeaders.get(key);
    if (!match) {
      changes.push(
        draft(
          scopeOf(baseName, undefined),
          'response-header-removed',
          'clients',
          'base',
          [],
          'removed',
          'clients that read it no longer get it',
        ),
      );
      continue;
    }
    const [headName, to] = match;
    const scope = scopeOf(baseName, headName);
    const wasRequired = from.required === true;
    const isRequired = to.required === true;
    if (!wasRequired && isRequired) {
      changes.push(
        draft(
          scope,
          'response-header-required',
          'servers',
          'head',
          ['required'],
          'became required',
          'servers that do not send it break the contract',
        ),
      );
    }
    if (wasRequired && !isRequired) {
      changes.push(
        draft(
          scope,
          'response-header-optional',
          'clients',
          'base',
          ['required'],
          'is no longer required',
          'clients that rely on it may not get it',
        ),
      );
    }
    if ('schema' in from || 'schema' in to) {
      const schemaScope: DiffScope = {
        ...scope,
        base: [...scope.base, 'schema'],
        head: [...scope.head, 'schema'],
      };
      changes.push(...diffSchema(schemaScope, from.schema ?? {}, to.schema ?? {}));
    }
    changes.push(...diffRemainingKeys(scope, from, to, new Set(['required', 'schema'])));
  }
  for (const [key, [headName, to]] of headHeaders) {
    if (baseHeaders.has(key)) continue;
    const required = to.required === true;
    changes.push(
      draft(
        scopeOf(undefined, headName),
        'response-header-added',
        required ? 'servers' : 'safe',
        'head',
        [],
        `added${required ? ' (required)' : ''}`,
        required ? 'servers that do not send it break the contract' : 'optional: clients cannot rely on it',
      ),
    );
  }
  return changes;
}

function byName(headers: unknown): Map<string, [string, JsonObject]> {
  const entries = isObject(headers) ? Object.entries(headers) : [];
  return new Map(
    entries.map(([name, header]) => [
      name.toLowerCase(),
      [name, isObject(header) ? header : {}] as [string, JsonObject],
    ]),
  );
}
