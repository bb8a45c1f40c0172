import type { Contract } from '../../core/spec/loadContract';
import { nonceTargets } from '../cases/nonceTargets';

/**
 * True when every identifying string of a request body (`x-lakesail-unique`) can take the run's nonce: none is
 * blank. A sequence never sends a blank one: a server refusing it as taken would stand for a defect it does not show.
 */
export function identifiersNotBlank(contract: Contract, value: unknown): boolean {
  const body = { mode: 'valid' as const, origin: { kind: 'generated' as const }, value };
  return nonceTargets(contract, { body }).every((target) => String(target.value).trim() !== '');
}
