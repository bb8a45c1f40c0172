import { runMockBench } from '../../bench/mockBench';

/**
 * A smoke run of `npm run bench`: it runs and prints its table and ratios. Timings are never asserted.
 * Time budget: 60 s (the jest timeout below); about 20 s on 2 cores (Prism starts twice).
 */
const BUDGET_MS = 60_000;

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
    expect(printed).toMatch(/^server +req\/s +p99 ms +startup ms +RSS MB/m);
    expect(printed).toMatch(/mock\/prism mock +throughput \d+\.\d\dx +p99 \d+\.\d\dx/);
  },
  BUDGET_MS,
);
