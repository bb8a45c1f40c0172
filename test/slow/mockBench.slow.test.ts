import { runMockBench } from '../../bench/mockBench';

/**
 * A smoke run of `npm run bench`: it runs and prints its tables and ratios. Timings are never asserted.
 * Time budget: 90 s (the jest timeout below); about 30 s on 2 cores (Prism starts twice, the mock three times).
 */
const BUDGET_MS = 90_000;

test(
  'the mock benchmark measures every server and prints the ratios',
  async () => {
    let printed = '';
    const result = await runMockBench({
      durationSeconds: 0.5,
      mock: 'in-process',
      write: (text) => {
        printed += text;
      },
    });
    expect(result.rows.map((row) => row.name)).toEqual([
      'mock (in-process)',
      'prism mock',
      'prism mock -v error',
      'bare node:http',
    ]);
    // Every server answered the request with 2xx: otherwise the numbers would measure error paths.
    for (const row of result.rows) {
      expect({ name: row.name, non2xx: row.non2xx, errors: row.errors }).toEqual({
        name: row.name,
        non2xx: 0,
        errors: 0,
      });
      expect(row.requestsPerSecond).toBeGreaterThan(0);
    }
    expect(result.ratios.map((ratio) => ratio.name)).toEqual([
      'mock/prism mock',
      'mock/prism mock -v error',
      'mock/bare node:http',
    ]);
    expect(printed).toMatch(/^server +req\/s +p99 ms +CPU µs\/req +startup ms +RSS MB/m);
    expect(printed).toMatch(/mock\/prism mock +throughput \d+\.\d\dx +p99 \d+\.\d\dx/);
    // The loads of a mock that keeps users: every request answered 2xx (no 404 of a lost user, no 507).
    expect(result.stateful.map((row) => [row.name, row.non2xx, row.errors])).toEqual([
      ['create, describe, update', 0, 0],
      ['create, --state-file', 0, 0],
    ]);
    for (const row of result.stateful) expect(row.usersAfter).toBeGreaterThan(0);
    expect(result.stateful[1]?.stateFileBytes).toBeGreaterThan(0);
    expect(printed).toMatch(/^load +req\/s +p99 ms +CPU µs\/req +users after +RSS before MB +RSS after MB/m);
    expect(printed).toMatch(/mixed\/prism mock -v error on CreateUser +throughput \d+\.\d\dx/);
    expect(printed).toMatch(/--state-file costs -?\d+\.\d\d ms of the mock's time per create/);
  },
  BUDGET_MS,
);
