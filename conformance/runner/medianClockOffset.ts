import type { Contract } from '../../core/spec/loadContract';
import { measureClockOffset } from '../checks';
import type { Exchange } from '../model/exchange';

/** The median of the offsets measured on every exchange that has a creation timestamp: one slow response does not skew it. */
export function medianClockOffset(exchanges: readonly Exchange[], contract: Contract): number | undefined {
  const offsets: number[] = [];
  for (const exchange of exchanges) {
    const offset = measureClockOffset(exchange, contract);
    if (offset !== undefined) offsets.push(offset);
  }
  if (offsets.length === 0) return undefined;
  offsets.sort((a, b) => a - b);
  const middle = Math.floor(offsets.length / 2);
  const median =
    offsets.length % 2 === 1 ? offsets[middle] : ((offsets[middle - 1] ?? 0) + (offsets[middle] ?? 0)) / 2;
  return Math.round(median ?? 0);
}
