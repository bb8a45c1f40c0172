import { runHostileBench } from '../../bench/hostileBench';
import { HOSTILE_SERVERS, type HostileServer } from '../../servers/hostile';
import { ensureBuilt } from '../proof/support/ensureBuilt';

/**
 * A smoke run of `npm run bench:hostile` on one server: it runs the built CLI and prints its row. Timings and
 * memory are never asserted.
 * Time budget: 60 s (the jest timeout below); about 2 s on 2 cores.
 */
const BUDGET_MS = 60_000;

test(
  'the hostile benchmark runs check against a hostile server and prints what it cost',
  async () => {
    ensureBuilt();
    let printed = '';
    const server = HOSTILE_SERVERS.find(
      (candidate) => candidate.name === 'retry-after-forever',
    ) as HostileServer;
    const [run] = await runHostileBench(
      (line) => {
        printed += `${line}\n`;
      },
      [server],
    );
    expect(run).toMatchObject({ server: 'retry-after-forever', exitCode: 1, reportsWritten: 3 });
    expect(run?.peakRssMb).toEqual(expect.any(Number));
    expect(printed).toMatch(
      /retry-after-forever\s+1\s+[\d.]+\s+\d+\s+3\/3 {2}Failed: 1 violation of 1 check/,
    );
  },
  BUDGET_MS,
);
