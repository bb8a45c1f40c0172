import { isObject, type JsonObject } from '../core/json/jsonObject';
import type { ChangeLabel, Effect } from './contractChange';
import { diffSchema } from './diffSchema';
import { type DiffScope, type DraftChange, descend, draft, propertySubject } from './diffScope';
import { labelForEffect, whyForEffect } from './labelForEffect';

/** True when the schema refuses properties it does not list. */
function closed(schema: JsonObject): boolean {
  return schema.additionalProperties === false || schema.unevaluatedProperties === false;
}

function requiredNames(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

/** Two property schemas that mean the same (documentation aside). */
function sameMeaning(scope: DiffScope, base: unknown, head: unknown): boolean {
  return diffSchema({ ...scope, seen: new Map() }, base, head).every((change) => change.label === 'safe');
}

/**
 * The object rules: properties added, removed, renamed, becoming required or optional, each property's own
 * schema, and `additionalProperties`. A request body is written by clients, a response body by servers.
 */
export function diffProperties(scope: DiffScope, base: JsonObject, head: JsonObject): DraftChange[] {
  const baseProperties = isObject(base.properties) ? base.properties : {};
  const headProperties = isObject(head.properties) ? head.properties : {};
  const baseRequired = requiredNames(base);
  const headRequired = requiredNames(head);
  const request = scope.side === 'request';
  const changes: DraftChange[] = [];

  let removed = Object.keys(baseProperties).filter((name) => !(name in headProperties));
  let added = Object.keys(headProperties).filter((name) => !(name in baseProperties));
  const [from] = removed;
  const [to] = added;
  if (
    from !== undefined &&
    to !== undefined &&
    removed.length === 1 &&
    added.length === 1 &&
    baseRequired.has(from) === headRequired.has(to) &&
    sameMeaning(scope, baseProperties[from], headProperties[to])
  ) {
    changes.push(
      draft(
        scope,
        `${scope.side}-property-renamed`,
        'both',
        'head',
        ['properties', to],
        `property ${from} renamed to ${to} (same schema)`,
        request
          ? 'clients send the old name and servers read the new one'
          : 'servers send the old name and clients read the new one',
      ),
    );
    removed = [];
    added = [];
  }

  for (const name of removed) {
    let label: ChangeLabel;
    let why: string;
    if (request) {
      label = closed(head) ? 'clients' : 'both';
      why = closed(head)
        ? 'the new schema refuses unknown properties, so clients that send it are refused'
        : 'clients that send it silently lose its effect, and servers must accept any value under that name';
    } else {
      label = closed(head) ? 'both' : 'clients';
      why = closed(head)
        ? 'clients that read it no longer get it, and the new schema rules out other properties, so servers that still send it break the contract'
        : 'clients that read it no longer get it';
    }
    changes.push(
      draft(
        scope,
        `${scope.side}-property-removed`,
        label,
        'base',
        ['properties', name],
        `property ${name} removed`,
        why,
      ),
    );
  }

  for (const name of added) {
    const required = headRequired.has(name);
    let label: ChangeLabel = 'safe';
    let why: string;
    if (request) {
      if (required) {
        label = 'clients';
        why = 'clients that do not send it are refused';
      } else if (closed(base)) {
        label = 'servers';
        why =
          'the old schema refused unknown properties, so servers that keep to it refuse bodies that carry it';
      } else {
        why = 'optional, and the old schema allowed unknown properties';
      }
    } else if (required) {
      label = closed(base) ? 'both' : 'servers';
      why = closed(base)
        ? 'servers that do not send it break the contract, and the old schema ruled out other properties, so strict clients break'
        : 'servers that do not send it break the contract';
    } else if (closed(base)) {
      label = 'clients';
      why = 'the old schema ruled out other properties, so strict clients refuse responses that carry it';
    } else {
      why = 'optional, and the old schema allowed other properties';
    }
    changes.push(
      draft(
        scope,
        `${scope.side}-property-added`,
        label,
        'head',
        ['properties', name],
        `property ${name} added${required ? ' (required)' : ''}`,
        why,
      ),
    );
  }

  // Required-ness of properties present in both versions (and of required names no version lists).
  const untouched = (name: string) =>
    !removed.includes(name) && !added.includes(name) && name !== from && name !== to;
  for (const name of headRequired) {
    if (baseRequired.has(name) || !untouched(name) || (name in headProperties && !(name in baseProperties)))
      continue;
    changes.push(
      draft(
        scope,
        `${scope.side}-property-required`,
        request ? 'clients' : 'servers',
        'head',
        ['required'],
        `property ${name} became required`,
        request
          ? 'clients that do not send it are refused'
          : 'servers that do not send it break the contract',
      ),
    );
  }
  for (const name of baseRequired) {
    if (headRequired.has(name) || !untouched(name) || (name in baseProperties && !(name in headProperties)))
      continue;
    changes.push(
      draft(
        scope,
        `${scope.side}-property-optional`,
        request ? 'servers' : 'clients',
        'base',
        ['required'],
        `property ${name} is no longer required`,
        request ? 'servers must accept bodies without it' : 'clients that rely on it may not get it',
      ),
    );
  }

  for (const name of Object.keys(baseProperties)) {
    if (!(name in headProperties)) continue;
    const child = descend(scope, ['properties', name], propertySubject(scope, name));
    changes.push(...diffSchema(child, baseProperties[name], headProperties[name]));
  }

  changes.push(...diffAdditionalProperties(scope, base, head));
  return changes;
}

type Openness = 'any' | 'none' | JsonObject;

function openness(value: unknown): Openness {
  if (value === false) return 'none';
  return isObject(value) ? value : 'any';
}

/** `additionalProperties`: `false` allows fewer bodies than a schema, which allows fewer than `true`. */
function diffAdditionalProperties(scope: DiffScope, base: JsonObject, head: JsonObject): DraftChange[] {
  const from = openness(base.additionalProperties);
  const to = openness(head.additionalProperties);
  if (typeof from === 'object' && typeof to === 'object') {
    const child = descend(scope, ['additionalProperties'], propertySubject(scope, '*'));
    return diffSchema(child, from, to);
  }
  if (from === to) return [];
  const rank = (value: Openness) => (value === 'none' ? 0 : value === 'any' ? 2 : 1);
  const effect: Effect = rank(to) < rank(from) ? 'narrows' : 'widens';
  const show = (value: unknown) =>
    value === undefined ? 'absent' : isObject(value) ? 'a schema' : String(value);
  return [
    draft(
      scope,
      `${scope.side}-additional-properties-changed`,
      labelForEffect(scope.side, effect),
      'additionalProperties' in head ? 'head' : 'base',
      ['additionalProperties'],
      `additionalProperties changed from ${show(base.additionalProperties)} to ${show(head.additionalProperties)}`,
      whyForEffect(scope.side, effect),
    ),
  ];
}
