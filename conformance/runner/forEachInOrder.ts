/**
 * Runs `start` over `items` with at most `limit` calls in flight, started in order (so anything `start` numbers
 * when it is called is numbered the same on every run), and hands each result to `finish` in the order of
 * `items`, as soon as the ones before it are finished. At most `2 × limit` results wait for an earlier one, so
 * one slow item never makes the others pile up.
 *
 * `finish` runs once the next `start` is under way (a macrotask later): a request is on the wire while the
 * previous exchange is judged, so the kit's work overlaps the server's even one request at a time.
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
  let drainScheduled = false;
  let failure: { error: unknown } | undefined;
  let wakeUps: (() => void)[] = [];
  const wakeAll = () => {
    const woken = wakeUps;
    wakeUps = [];
    for (const wake of woken) wake();
  };
  const sleep = () => new Promise<void>((resolve) => wakeUps.push(resolve));
  const drain = () => {
    drainScheduled = false;
    try {
      while (waiting.has(finished)) {
        const result = waiting.get(finished) as R;
        waiting.delete(finished);
        finish(result, finished++);
      }
    } catch (error) {
      failure ??= { error };
    }
    wakeAll();
  };
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      if (next - finished >= window) {
        await sleep();
        continue;
      }
      const index = next++;
      waiting.set(index, await start(items[index] as T, index));
      if (!drainScheduled) {
        drainScheduled = true;
        setImmediate(drain);
      }
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
  await Promise.all(workers);
  while (finished < next && failure === undefined) await sleep();
  if (failure) throw failure.error;
}
