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
    // Let the worker that awaited it run on, and the results be finished (a macrotask later).
    await new Promise((done) => setImmediate(done));
    await new Promise((done) => setImmediate(done));
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

test('the next item is started before the previous result is finished: the work overlaps', async () => {
  const { started, start, resolve } = controlled();
  const events: string[] = [];
  const done = forEachInOrder(
    [0, 1],
    1,
    (item, index) => {
      events.push(`start ${index}`);
      return start(item);
    },
    (_result, index) => events.push(`finish ${index}`),
  );
  await resolve(0);
  expect(events).toEqual(['start 0', 'start 1', 'finish 0']);
  await resolve(1);
  await done;
  expect(started).toEqual([0, 1]);
});

test('a finish that throws rejects the whole, and nothing more is started', async () => {
  const { started, start, resolve } = controlled();
  const done = expect(
    forEachInOrder([0, 1, 2, 3], 1, start, () => {
      throw new Error('a bug in finish');
    }),
  ).rejects.toThrow('a bug in finish');
  await resolve(0);
  await resolve(1);
  await done;
  expect(started).toEqual([0, 1]);
});
