import type { ChangeLabel, Effect, Side } from './contractChange';

/**
 * Whom a schema change breaks. A request schema says what servers must accept: narrowing it breaks clients
 * (they may send what is now refused), widening it breaks servers (they must accept more). A response schema
 * says what clients must understand: narrowing it breaks servers (they may send what is now forbidden),
 * widening it breaks clients (they may receive what they were promised never to get).
 */
export function labelForEffect(side: Side, effect: Effect): ChangeLabel {
  if (effect === 'changes') return 'both';
  if (side === 'request') return effect === 'narrows' ? 'clients' : 'servers';
  return effect === 'narrows' ? 'servers' : 'clients';
}

/** The reason that goes with `labelForEffect`. */
export function whyForEffect(side: Side, effect: Effect): string {
  const reasons = {
    request: {
      narrows: 'clients may send values the new contract refuses',
      widens: 'servers must accept values the old contract let them refuse',
    },
    response: {
      narrows: 'servers may send values the new contract forbids',
      widens: 'clients may receive values the old contract ruled out',
    },
  };
  if (effect === 'changes') return `${reasons[side].narrows}, and ${reasons[side].widens}`;
  return reasons[side][effect];
}
