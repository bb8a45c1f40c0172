import { UNIQUE_KEYWORD } from '../core/spec/operationSemantics';
import { type DiffScope, type DraftChange, draft } from './diffScope';

/**
 * A changed `x-lakesail-*` extension of an element. A request property becoming `x-lakesail-unique` lets
 * servers refuse a value another resource has (clients); no longer unique, servers must accept it. Any other
 * change of a declared meaning is labelled both, for a person to review: the mock and the kit act on it.
 */
export function diffSemantics(
  scope: DiffScope,
  key: string,
  base: unknown,
  head: unknown,
  at: 'base' | 'head',
  what: string,
): DraftChange {
  const wasUnique = base === true;
  const isUnique = head === true;
  if (key === UNIQUE_KEYWORD && scope.side === 'request' && wasUnique !== isUnique) {
    return isUnique
      ? draft(
          scope,
          'request-unique-added',
          'clients',
          at,
          [key],
          what,
          'servers may now refuse a value another resource already has (409): clients that send one are refused',
        )
      : draft(
          scope,
          'request-unique-removed',
          'servers',
          at,
          [key],
          what,
          'servers must now accept a value another resource already has',
        );
  }
  return draft(
    scope,
    'semantics-changed',
    'both',
    at,
    [key],
    what,
    'a declared meaning the mock and the kit act on changed: servers and clients built on the old one may disagree with the new one; review it by hand',
  );
}
