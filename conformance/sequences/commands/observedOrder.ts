import type { Exchange } from '../../model/exchange';

/**
 * The exchanges of a burst, in the order they were sent, each label saying the order in which the answers
 * arrived: what the report can say of an interleaving the kit does not control.
 */
export function observedOrder(exchanges: readonly Exchange[]): Exchange[] {
  const arrival = [...exchanges].sort((a, b) => a.receivedAt - b.receivedAt);
  return exchanges.map((exchange) => {
    const rank = arrival.indexOf(exchange) + 1;
    const label = `${exchange.testCase.label}; answered ${ordinal(rank)} of ${exchanges.length}`;
    return { ...exchange, testCase: { ...exchange.testCase, label } };
  });
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
