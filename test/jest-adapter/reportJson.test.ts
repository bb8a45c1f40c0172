import { tmpdir } from 'node:os';
import { describeConformance } from '../../conformance/jest';

/** describeConformance's hook and tests, taken instead of declared, so this test can run them itself. */
function declared(run: () => void) {
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { describe: globals.describe, test: globals.test, beforeAll: globals.beforeAll };
  const hooks: (() => Promise<void>)[] = [];
  const tests: { name: string; body: () => void }[] = [];
  const test = (name: string, body: () => void) => tests.push({ name, body });
  test.skip = () => {};
  Object.assign(globals, {
    describe: (_name: string, body: () => void) => body(),
    test,
    beforeAll: (hook: () => Promise<void>) => hooks.push(hook),
  });
  try {
    run();
  } finally {
    Object.assign(globals, saved);
  }
  return { hooks, tests };
}

test('a reportJson that cannot be written fails the run before anything is sent', async () => {
  let requests = 0;
  const { hooks, tests } = declared(() =>
    describeConformance(
      {
        app: (_request, response) => {
          requests++;
          response.end();
        },
      },
      { token: 'adapter-token-0123456789', seed: 1, runs: 1, reportJson: tmpdir() },
    ),
  );
  for (const hook of hooks) await hook();
  expect(requests).toBe(0);
  const [run] = tests;
  expect(run?.name).toBe('the conformance run completes');
  expect(run?.body).toThrow(
    `describeConformance: reportJson ${tmpdir()}: cannot write the report: it is a folder`,
  );
});
