import { BROKEN_SERVERS } from '../../servers/broken';
import { ensureBuilt } from './support/ensureBuilt';
import { type BrokenServerVerdict, runAgainstBrokenServer } from './support/runAgainstBrokenServer';

// The kit derives its default seed from the commit in CI; these runs give their own seed, and say so.
process.env.CI = 'true';

const verdicts = new Map<string, BrokenServerVerdict>();

beforeAll(async () => {
  ensureBuilt();
  // The child processes mostly wait out timeouts, so they all run at once, alongside the in-process runs,
  // which go one at a time (they share this event loop).
  const children = BROKEN_SERVERS.filter((server) => server.runAs === 'child-process');
  const childRuns = Promise.all(
    children.map(async (server) => verdicts.set(server.name, await runAgainstBrokenServer(server))),
  );
  for (const server of BROKEN_SERVERS.filter((s) => s.runAs === 'in-process')) {
    verdicts.set(server.name, await runAgainstBrokenServer(server));
  }
  await childRuns;
}, 120_000);

afterAll(() => {
  const all = BROKEN_SERVERS.map((server) => verdicts.get(server.name)).filter((v) => v !== undefined);
  const caught = all.filter((verdict) => verdict.missed.length === 0);
  const lines = all.map((verdict) => {
    const mark = verdict.missed.length === 0 ? 'caught' : 'MISSED';
    const detail = verdict.error ?? `found: ${verdict.found.join(', ') || 'nothing'}`;
    const cost = `${verdict.requests} requests, ${verdict.durationMs} ms`;
    return `  ${mark} ${verdict.server.name} [${verdict.server.caughtBy.join(', ')}] (${cost}) ${detail}`;
  });
  console.log(`broken servers caught: ${caught.length}/${BROKEN_SERVERS.length}\n${lines.join('\n')}`);
});

test.each(BROKEN_SERVERS.map((server) => [server.name, server.caughtBy.join(', '), server] as const))(
  '%s is caught by %s',
  (name, _ids, server) => {
    const verdict = verdicts.get(name);
    expect(verdict?.error).toBeUndefined();
    expect({ server: name, missed: verdict?.missed }).toEqual({ server: name, missed: [] });
    expect(verdict?.found).toEqual(expect.arrayContaining(server.caughtBy));
  },
);
