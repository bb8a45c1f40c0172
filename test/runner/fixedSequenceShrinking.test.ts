import { runConformance } from '../../api';
import { brokenServer } from '../../servers/broken';
import { PROOF_FORBIDDEN_TOKEN, PROOF_TOKEN, SERVER_OPTIONS } from '../proof/support/proofSettings';

async function fixedGroupViolations(serverName: string, shrinkTimeLimitMs: number) {
  const report = await runConformance({
    target: { app: await brokenServer(serverName).create(SERVER_OPTIONS) },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: 8,
    runs: 1,
    runId: 'fixed1',
    shrinkTimeLimitMs,
  });
  return report.violations.filter((violation) =>
    ['tour', 'uniqueness'].includes(violation.replay.group ?? ''),
  );
}

test('a failure of the tour is shrunk to the fewest of its commands that still show it', async () => {
  const [violation] = await fixedGroupViolations('created-at-changes', 10_000);
  expect(violation?.checkId).toBe('immutable-properties');
  // A create and the update that changes createdAt: nothing of the tour before it is needed.
  expect(violation?.sequence?.map((step) => step.label?.replace(/ \(.*/, ''))).toEqual([
    'step 1: create user 1',
    'step 2: update user 1',
  ]);
  expect(violation?.sequenceShrunk).toBe(true);
});

test('a uniqueness failure is shrunk too: create, change the username, create with the former one', async () => {
  const [violation] = await fixedGroupViolations('renamed-username-stays-taken', 10_000);
  expect(violation?.replay.group).toBe('uniqueness');
  expect(violation?.sequence).toHaveLength(3);
  expect(violation?.sequence?.at(-1)?.label).toMatch(/the username user 1 had before it was changed/);
});

test('with shrinking off, the sequence is shown as it was sent, and not called shrunk', async () => {
  const [violation] = await fixedGroupViolations('created-at-changes', 0);
  expect((violation?.sequence ?? []).length).toBeGreaterThan(2);
  expect(violation?.sequenceShrunk).toBeUndefined();
});
