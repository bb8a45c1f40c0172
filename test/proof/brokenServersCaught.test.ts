import { BROKEN_SERVERS, type BrokenServer } from '../../servers/broken';
import { ensureBuilt } from './support/ensureBuilt';
import { type BrokenServerVerdict, runAgainstBrokenServer } from './support/runAgainstBrokenServer';

// The kit derives its default seed from the commit in CI; these runs give their own seed, and say so.
process.env.CI = 'true';

const verdicts = new Map<string, BrokenServerVerdict>();

/** Why today's kit cannot catch a server yet; the lead turns each on by removing its `needs`. */
const PENDING_BECAUSE: Record<NonNullable<BrokenServer['needs']>, string> = {
  sequences: 'needs the stateful kit',
  probes: 'needs a probe the kit does not send yet',
};
const RUN = BROKEN_SERVERS.filter((server) => server.needs === undefined);
const PENDING = BROKEN_SERVERS.flatMap((server) =>
  server.needs ? [{ name: server.name, because: PENDING_BECAUSE[server.needs] }] : [],
);

beforeAll(async () => {
  ensureBuilt();
  // The child processes mostly wait out timeouts, so they all run at once, alongside the in-process runs, two
  // at a time: they share this event loop, and many wait on a server's race window more than they compute.
  const children = RUN.filter((server) => server.runAs === 'child-process');
  const childRuns = Promise.all(
    children.map(async (server) => verdicts.set(server.name, await runAgainstBrokenServer(server))),
  );
  const inProcess = RUN.filter((s) => s.runAs === 'in-process');
  const lane = async () => {
    for (let server = inProcess.shift(); server; server = inProcess.shift()) {
      verdicts.set(server.name, await runAgainstBrokenServer(server));
    }
  };
  await Promise.all([lane(), lane(), childRuns]);
}, 120_000);

afterAll(() => {
  const all = RUN.map((server) => verdicts.get(server.name)).filter((v) => v !== undefined);
  const caught = all.filter((verdict) => verdict.missed.length === 0);
  const lines = all.map((verdict) => {
    const mark = verdict.missed.length === 0 ? 'caught' : 'MISSED';
    const detail = verdict.error ?? `found: ${verdict.found.join(', ') || 'nothing'}`;
    const cost = `${verdict.requests} requests, ${verdict.durationMs} ms`;
    return `  ${mark} ${verdict.server.name} [${verdict.server.caughtBy.join(', ')}] (${cost}) ${detail}`;
  });
  const pending = PENDING.map(({ name, because }) => `  pending ${name}: ${because}`);
  console.log(
    `broken servers caught: ${caught.length}/${RUN.length}, pending: ${PENDING.length}\n${[...lines, ...pending].join('\n')}`,
  );
});

test.each(RUN.map((server) => [server.name, server.caughtBy.join(', '), server] as const))(
  '%s is caught by %s',
  (name, _ids, server) => {
    const verdict = verdicts.get(name);
    expect(verdict?.error).toBeUndefined();
    expect({ server: name, missed: verdict?.missed }).toEqual({ server: name, missed: [] });
    expect(verdict?.found).toEqual(expect.arrayContaining(server.caughtBy));
  },
);

for (const { name, because } of PENDING) test.todo(`${name} (pending: ${because})`);
