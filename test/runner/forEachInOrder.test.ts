import { forEachInOrder } from '../../conformance/runner/forEachInOrder';

/** Starts are recorded and each one resolves only when the test says so. */
function controlled() {
  const started: number[] = [];
  const resolvers = new Map<number, (value: string) => void>();
  const start = (item: number) => {
    started.push(item);
    return new Promise<string>((resolve) => resolvers.set(item, resolve));
  };
  const resolve = async (item: number) => {
    resolvers.get(item)?.(`result ${item}`);
    // Let the worker that awaited it run on.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { started, start, resolve };
}

test('starts in order, at most `limit` at once, and finishes in order however the results come back', async () => {
  const { started, start, resolve } = controlled();
  const finished: string[] = [];
  const done = forEachInOrder([0, 1, 2, 3], 2, start, (result, index) =>
    finished.push(`${index}: ${result}`),
  );
  expect(started).toEqual([0, 1]);
  await resolve(1);
  expect(finished).toEqual([]);
  expect(started).toEqual([0, 1, 2]);
  await resolve(0);
  expect(finished).toEqual(['0: result 0', '1: result 1']);
  await resolve(3);
  await resolve(2);
  await done;
  expect(finished).toEqual(['0: result 0', '1: result 1', '2: result 2', '3: result 3']);
});

test('one slow item holds back at most 2 × limit results: later items wait to start', async () => {
  const { started, start, resolve } = controlled();
  const items = Array.from({ length: 10 }, (_, index) => index);
  const done = forEachInOrder(items, 2, start, () => {});
  for (const item of [1, 2, 3]) await resolve(item);
  // 0 is still out: 0..3 started, and nothing more until 0 finishes.
  expect(started).toEqual([0, 1, 2, 3]);
  await resolve(0);
  expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  for (const item of items.slice(4)) await resolve(item);
  await done;
});
