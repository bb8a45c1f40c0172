import { isObject, type JsonObject } from '../core/json/jsonObject';
import { diffRemainingKeys } from './diffRemainingKeys';
import { diffSchema } from './diffSchema';
import { type DiffScope, type DraftChange, draft, type Segments } from './diffScope';

/** One parameter as it applies to an operation, with where it is written. */
export interface EffectiveParameter {
  /** `query:limit`, `header:x-request-id` (headers ignore case), `path:#0` (path parameters by position). */
  key: string;
  /** `query parameter limit`, `path parameter {user}`. */
  label: string;
  parameter: JsonObject;
  segments: Segments;
}

/** The parameters of an operation: the path item's, overridden by the operation's own (same name and `in`). */
export function effectiveParameters(
  pathTemplate: string,
  pathItem: JsonObject,
  pathItemSegments: Segments,
  operation: JsonObject,
  operationSegments: Segments,
): EffectiveParameter[] {
  const positions = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const byKey = new Map<string, EffectiveParameter>();
  const collect = (list: unknown, segments: Segments) => {
    if (!Array.isArray(list)) return;
    list.forEach((parameter, index) => {
      if (!isObject(parameter)) return;
      const name = String(parameter.name);
      const location = String(parameter.in);
      const key =
        location === 'path'
          ? `path:#${positions.indexOf(name)}`
          : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
      const label = location === 'path' ? `path parameter {${name}}` : `${location} parameter ${name}`;
      byKey.set(key, { key, label, parameter, segments: [...segments, 'parameters', String(index)] });
    });
  };
  collect(pathItem.parameters, pathItemSegments);
  collect(operation.parameters, operationSegments);
  return [...byKey.values()];
}

/** Parameters added, removed, becoming required or optional, renamed (path), and their schemas. */
export function diffParameters(
  operationScope: DiffScope,
  base: EffectiveParameter[],
  head: EffectiveParameter[],
): DraftChange[] {
  const changes: DraftChange[] = [];
  const at = (from: EffectiveParameter | undefined, to: EffectiveParameter | undefined): DiffScope => ({
    ...operationScope,
    side: 'request',
    place: (to ?? from)?.label ?? '',
    base: from?.segments ?? operationScope.base,
    head: to?.segments ?? operationScope.head,
    subject: '',
  });
  const headByKey = new Map(head.map((parameter) => [parameter.key, parameter]));
  const baseKeys = new Set(base.map((parameter) => parameter.key));

  for (const from of base) {
    const to = headByKey.get(from.key);
    if (!to) {
      changes.push(
        draft(
          at(from, undefined),
          'request-parameter-removed',
          'clients',
          'base',
          [],
          'removed',
          'clients that send it lose its effect, or are refused by servers that refuse unknown parameters',
        ),
      );
      continue;
    }
    changes.push(...diffParameter(at(from, to), from.parameter, to.parameter));
  }
  for (const to of head) {
    if (baseKeys.has(to.key)) continue;
    const required = to.parameter.required === true;
    changes.push(
      draft(
        at(undefined, to),
        'request-parameter-added',
        required ? 'clients' : 'safe',
        'head',
        [],
        `added${required ? ' (required)' : ''}`,
        required
          ? 'clients that do not send it are refused'
          : 'optional: clients that do not send it keep working',
      ),
    );
  }
  return changes;
}

function diffParameter(scope: DiffScope, base: JsonObject, head: JsonObject): DraftChange[] {
  const changes: DraftChange[] = [];
  if (base.name !== head.name) {
    // Matched all the same: a path parameter by its position in the URL, a header name without case.
    changes.push(
      draft(
        scope,
        'annotation-changed',
        'safe',
        'head',
        ['name'],
        `renamed from ${String(base.name)}`,
        head.in === 'path'
          ? 'the URL is the same; only the name in the path template changed'
          : 'header names ignore case',
      ),
    );
  }
  const wasRequired = base.required === true;
  const isRequired = head.required === true;
  if (!wasRequired && isRequired) {
    changes.push(
      draft(
        scope,
        'request-parameter-required',
        'clients',
        'head',
        ['required'],
        'became required',
        'clients that do not send it are refused',
      ),
    );
  }
  if (wasRequired && !isRequired) {
    changes.push(
      draft(
        scope,
        'request-parameter-optional',
        'servers',
        'base',
        ['required'],
        'is no longer required',
        'servers must accept requests without it',
      ),
    );
  }
  if ('schema' in base || 'schema' in head) {
    const schemaScope: DiffScope = {
      ...scope,
      base: [...scope.base, 'schema'],
      head: [...scope.head, 'schema'],
    };
    changes.push(...diffSchema(schemaScope, base.schema ?? {}, head.schema ?? {}));
  }
  changes.push(...diffRemainingKeys(scope, base, head, new Set(['name', 'in', 'required', 'schema'])));
  return changes;
}
