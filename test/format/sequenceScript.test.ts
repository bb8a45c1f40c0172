import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runConformance } from '../../api';
import { sequenceScript } from '../../conformance/format/sequenceScript';
import type { ReportedViolation } from '../../conformance/model/report';
import { BROKEN_SERVERS } from '../../servers/broken';
import { PROOF_FORBIDDEN_TOKEN, PROOF_TOKEN, SERVER_OPTIONS } from '../proof/support/proofSettings';
import { serveLocally } from '../support/serveLocally';

const run = promisify(execFile);

/** The kit against a broken server over HTTP; its violation of `checkId` found in a sequence, and the server. */
async function sequenceViolation(serverName: string, checkId: string, shrinkTimeLimitMs?: number) {
  const broken = BROKEN_SERVERS.find((server) => server.name === serverName);
  if (broken?.runAs !== 'in-process') throw new Error(`no in-process broken server ${serverName}`);
  const server = await serveLocally(await broken.create(SERVER_OPTIONS));
  const report = await runConformance({
    target: { baseUrl: server.baseUrl },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: 11,
    runs: 10,
    runId: 'script1',
    ...(shrinkTimeLimitMs !== undefined ? { shrinkTimeLimitMs } : {}),
  });
  const violation = report.violations.find((found) => found.checkId === checkId && found.sequence);
  if (!violation) throw new Error(`${serverName}: no ${checkId} violation with a sequence`);
  return { violation, server };
}

/** Runs a script as a user pastes it into a shell, the tokens in the environment (the server is in this process). */
async function runScript(script: string): Promise<{ stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    CONTRACT_TOKEN: PROOF_TOKEN,
    CONTRACT_FORBIDDEN_TOKEN: PROOF_FORBIDDEN_TOKEN,
  };
  const { stdout, stderr } = await run('sh', ['-eu', '-c', script], { env, timeout: 20_000 });
  return { stdout, stderr };
}

/** The status each request of the script got: the last line of each answer. */
const statuses = (output: string) => output.split('\n').filter((line) => /^\d{3}$/.test(line));
const sequenceStatuses = (violation: ReportedViolation) =>
  (violation.sequence ?? []).map((step) => String(step.response?.status));

/** Pastes the script into a shell twice: each replay gets the statuses the kit got (the second does not collide). */
async function expectTwoReplaysAsSent(script: string, violation: ReportedViolation): Promise<void> {
  for (const attempt of [1, 2]) {
    const replay = await runScript(script);
    expect(replay.stderr).toBe('');
    expect({ attempt, statuses: statuses(replay.stdout) }).toEqual({
      attempt,
      statuses: sequenceStatuses(violation),
    });
  }
}

test('the script of a shrunk sequence, pasted into a shell, gets the same answers again: the created ID is read into a variable', async () => {
  const { violation, server } = await sequenceViolation('created-user-404', 'describes-created-user');
  try {
    const script = sequenceScript(violation) as string;
    expect(script).toContain('USER_1=$(');
    // The ID the server gave the kit is not in the script: the one it gives this time is read instead.
    const created = JSON.parse(violation.sequence?.[0]?.response?.bodyText ?? '{}').id;
    expect(script).not.toContain(created);
    const replay = await runScript(script);
    expect(replay.stderr).toBe('');
    expect(statuses(replay.stdout)).toEqual(sequenceStatuses(violation));
    expect(statuses(replay.stdout).at(-1)).toBe('404');
  } finally {
    await server.close();
  }
}, 30_000);

test('a replay gets fresh unique values, so a server that refuses taken ones answers it as it answered the kit', async () => {
  const { violation, server } = await sequenceViolation(
    'refused-create-takes-username',
    'refused-leaves-no-trace',
  );
  try {
    const script = sequenceScript(violation) as string;
    // The run id in the bodies is a fresh value on every replay.
    expect(script).toContain(`'"$\{RUN}"'`);
    expect(script).not.toContain('script1');
    await expectTwoReplaysAsSent(script, violation);
  } finally {
    await server.close();
  }
}, 30_000);

test('a uniqueness sequence replays with its near-duplicate in upper case made of the fresh run value, twice', async () => {
  // Shrinking off: the sequence as sent, with the near-duplicate that shrinking would leave out.
  const { violation, server } = await sequenceViolation(
    'renamed-username-stays-taken',
    'status-code-conformance',
    0,
  );
  try {
    const script = sequenceScript(violation) as string;
    expect(violation.replay.group).toBe('uniqueness');
    expect(script).toContain(`RUN_UPPER=$(printf '%s' "$RUN" | tr 'a-z' 'A-Z')`);
    expect(script).toContain(`'"$\{RUN_UPPER}"'`);
    expect(script).not.toMatch(/script1/i);
    await expectTwoReplaysAsSent(script, violation);
    expect(sequenceStatuses(violation).at(-1)).toBe('409');
  } finally {
    await server.close();
  }
}, 30_000);
