import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject } from '../core/json/jsonObject';
import type { ChangeLabel } from './contractChange';
import { type DiffScope, type DraftChange, draft, type Segments } from './diffScope';

/** The security an operation asks for, resolved: its own, else the document's. */
export interface EffectiveSecurity {
  /** Alternatives: any one of them lets a request in; each is a scheme name → scopes map. */
  requirements: Record<string, string[]>[];
  /** Where the requirements are written (the operation's `security`, or the document's). */
  segments: Segments;
  /** The document's security schemes. */
  schemes: JsonObject;
}

export function effectiveSecurity(
  document: JsonObject,
  operation: JsonObject,
  operationSegments: Segments,
): EffectiveSecurity {
  const own = Array.isArray(operation.security);
  const list = own ? operation.security : document.security;
  const requirements = (Array.isArray(list) ? list : [])
    .filter(isObject)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([name, scopes]) => [
          name,
          Array.isArray(scopes) ? scopes.map(String) : [],
        ]),
      ),
    );
  const components = isObject(document.components) ? document.components : {};
  return {
    requirements,
    segments: own
      ? [...operationSegments, 'security']
      : Array.isArray(document.security)
        ? ['security']
        : operationSegments,
    schemes: isObject(components.securitySchemes) ? components.securitySchemes : {},
  };
}

/** `bearerAuth+apiKey`; '' for `{}`, the requirement that lets anonymous calls in. */
function keyOf(requirement: Record<string, string[]>): string {
  return Object.keys(requirement).sort().join('+');
}

/** What makes a scheme read credentials the way it does; descriptions aside. */
function wireShape(scheme: unknown): unknown {
  if (!isObject(scheme)) return scheme;
  const { description: _description, ...rest } = scheme;
  return { ...rest, scheme: typeof rest.scheme === 'string' ? rest.scheme.toLowerCase() : rest.scheme };
}

/**
 * Security: anonymous calls allowed or not, alternatives added or removed, scopes, and the definitions of the
 * schemes both versions use. A requirement list that is empty, or holds `{}`, lets anonymous calls in.
 */
export function diffSecurity(
  operationScope: DiffScope,
  base: EffectiveSecurity,
  head: EffectiveSecurity,
): DraftChange[] {
  const scope: DiffScope = {
    ...operationScope,
    side: 'request',
    place: 'security',
    base: base.segments,
    head: head.segments,
    subject: '',
  };
  const baseByKey = new Map(base.requirements.map((requirement) => [keyOf(requirement), requirement]));
  const headByKey = new Map(head.requirements.map((requirement) => [keyOf(requirement), requirement]));
  const anonymousBefore = base.requirements.length === 0 || baseByKey.has('');
  const anonymousNow = head.requirements.length === 0 || headByKey.has('');
  const changes: DraftChange[] = [];

  if (!anonymousBefore && anonymousNow) {
    changes.push(
      draft(
        scope,
        'security-removed',
        'servers',
        'head',
        [],
        'anonymous calls are now allowed',
        'servers must accept requests without credentials (clients that still send them keep working)',
      ),
    );
  }
  if (anonymousBefore && !anonymousNow) {
    changes.push(
      draft(
        scope,
        'security-added',
        'clients',
        'head',
        [],
        'credentials are now required',
        'clients that send none are refused',
      ),
    );
  }
  // When anonymous calls become allowed or refused, that says it all: alternatives are not listed on top.
  const anonymityChanged = anonymousBefore !== anonymousNow;
  for (const [key, requirement] of baseByKey) {
    if (key === '') continue;
    const match = headByKey.get(key);
    if (!match) {
      if (anonymityChanged) continue;
      const label: ChangeLabel = anonymousNow ? 'safe' : 'clients';
      changes.push(
        draft(
          scope,
          'security-alternative-removed',
          label,
          'base',
          [],
          `requirement ${key} removed`,
          anonymousNow
            ? 'anonymous calls are allowed, so clients that still send it keep working'
            : 'clients that authenticate this way are refused',
        ),
      );
      continue;
    }
    changes.push(...diffScopes(scope, key, requirement, match));
  }
  for (const key of headByKey.keys()) {
    if (key === '' || baseByKey.has(key) || anonymityChanged) continue;
    changes.push(
      draft(
        scope,
        'security-alternative-added',
        anonymousBefore ? 'safe' : 'servers',
        'head',
        [],
        `requirement ${key} added`,
        anonymousBefore
          ? 'anonymous calls were allowed, so servers let these requests in already'
          : 'servers must accept credentials sent this way',
      ),
    );
  }

  const usedByBoth = [...new Set(base.requirements.flatMap(Object.keys))].filter((name) =>
    head.requirements.some((requirement) => name in requirement),
  );
  for (const name of usedByBoth) {
    if (isDeepStrictEqual(wireShape(base.schemes[name]), wireShape(head.schemes[name]))) continue;
    const schemeScope: DiffScope = {
      ...scope,
      place: `security scheme ${name}`,
      base: ['components', 'securitySchemes'],
      head: ['components', 'securitySchemes'],
    };
    changes.push(
      draft(
        schemeScope,
        'security-scheme-changed',
        'both',
        'head',
        [name],
        `changed from ${JSON.stringify(wireShape(base.schemes[name]))} to ${JSON.stringify(wireShape(head.schemes[name]))}`,
        'clients that send credentials the old way are refused, and servers must read them the new way',
      ),
    );
  }
  return changes;
}

function diffScopes(
  scope: DiffScope,
  key: string,
  base: Record<string, string[]>,
  head: Record<string, string[]>,
): DraftChange[] {
  const added: string[] = [];
  const removed: string[] = [];
  for (const name of Object.keys(base)) {
    const from = base[name] ?? [];
    const to = head[name] ?? [];
    added.push(...to.filter((s) => !from.includes(s)));
    removed.push(...from.filter((s) => !to.includes(s)));
  }
  if (added.length === 0 && removed.length === 0) return [];
  const label: ChangeLabel =
    added.length > 0 && removed.length > 0 ? 'both' : added.length > 0 ? 'clients' : 'servers';
  const parts = [
    ...(added.length > 0 ? [`scopes ${added.join(', ')} added`] : []),
    ...(removed.length > 0 ? [`scopes ${removed.join(', ')} removed`] : []),
  ];
  const reasons = [
    ...(added.length > 0 ? ['clients whose tokens lack the new scopes are refused'] : []),
    ...(removed.length > 0 ? ['servers must accept tokens without the removed scopes'] : []),
  ];
  return [
    draft(
      scope,
      'security-scopes-changed',
      label,
      'head',
      [],
      `requirement ${key}: ${parts.join(' and ')}`,
      reasons.join(', and '),
    ),
  ];
}
