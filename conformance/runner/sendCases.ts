import type { Exchange } from '../model/exchange';
import type { RunProgress } from '../model/runProgress';
import type { TestCase } from '../model/testCase';
import { forEachInOrder } from './forEachInOrder';
import type { PlanRun } from './planRun';

/**
 * Sends `cases` (`concurrency` at a time) and hands each exchange to `onExchange` in the order of the cases,
 * as soon as it can: undefined for a case not sent because the run stopped. The run's very first request goes
 * alone, since only its failure means the target is unreachable.
 */
export async function sendCases(
  run: PlanRun,
  cases: readonly TestCase[],
  progress: { phase: RunProgress['phase']; label: string },
  onExchange: (exchange: Exchange | undefined, index: number) => void,
): Promise<void> {
  const { sender, input } = run;
  let done = 0;
  const report = () =>
    input.onProgress?.({ ...progress, done, total: cases.length, requests: sender.requests() });
  report();
  const send = async (testCase: TestCase) => {
    const exchange = await sender.send(testCase);
    done++;
    report();
    return exchange;
  };
  let first = 0;
  if (sender.requests() === 0 && cases.length > 0) {
    onExchange(await send(cases[0] as TestCase), 0);
    first = 1;
  }
  await forEachInOrder(cases.slice(first), input.concurrency, send, (exchange, index) =>
    onExchange(exchange, index + first),
  );
}
