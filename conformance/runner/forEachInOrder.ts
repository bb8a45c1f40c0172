/**
 * Runs `start` over `items` with at most `limit` calls in flight, started in order (so anything `start` numbers
 * when it is called is numbered the same on every run), and hands each result to `finish` in the order of
 * `items`, as soon as the ones before it are finished. At most `2 × limit` results wait for an earlier one, so
 * one slow item never makes the others pile up.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  limit: number,
  start: (item: T, index: number) => Promise<R>,
  finish: (result: R, index: number) => void,
): Promise<void> {
  const waiting = new Map<number, R>();
  const window = 2 * limit;
  let next = 0;
  let finished = 0;
  let wakeUps: (() => void)[] = [];
  const worker = async () => {
    while (next < items.length) {
      if (next - finished >= window) {
        await new Promise<void>((resolve) => wakeUps.push(resolve));
        continue;
      }
      const index = next++;
      waiting.set(index, await start(items[index] as T, index));
      while (waiting.has(finished)) {
        const result = waiting.get(finished) as R;
        waiting.delete(finished);
        finish(result, finished++);
      }
      const woken = wakeUps;
      wakeUps = [];
      for (const wake of woken) wake();
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
  await Promise.all(workers);
}
