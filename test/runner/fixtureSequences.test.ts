import { runConformance } from '../../api';
import { formatViolation } from '../../conformance/format/formatReport';
import type { ConformanceReport, ReportedViolation } from '../../conformance/model/report';
import type { ConformanceOptions } from '../../conformance/runner/conformanceOptions';
import { brokenServer } from '../../servers/broken';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { createScratch } from '../support/specCopy';

const TOKEN = 'fixture-token-0123456789';
const FORBIDDEN = 'fixture-forbidden-0123456789';
const SERVER = { tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] };

/** A short run (no generated cases, no random sequences): the explicit cases, the tour, the fixtures, the bursts. */
const options = (overrides: Partial<ConformanceOptions> = {}): Omit<ConformanceOptions, 'target'> => ({
  token: TOKEN,
  forbiddenToken: FORBIDDEN,
  seed: 5,
  runs: 0,
  runId: 'fix1',
  shrinkTimeLimitMs: 0,
  ...overrides,
});

async function runAgainst(name: string): Promise<ConformanceReport> {
  const app = await brokenServer(name).create(SERVER);
  return runConformance({ ...options(), target: { app } });
}

/** The fixtures' violations of `checkId`, in report order. */
const fromFixtures = (report: ConformanceReport, checkId: string): ReportedViolation[] =>
  report.violations.filter(
    (violation) => violation.replay.group === 'fixtures' && violation.checkId === checkId,
  );

const labels = (violation: ReportedViolation | undefined) => violation?.sequence?.map((step) => step.label);

test('against the reference, every fixture of the describe and update is sent after the tour, and passes', async () => {
  const phases: string[] = [];
  const report = await runConformance({
    ...options({ runs: 1 }),
    target: { app: await createReferenceApp(SERVER) },
    onProgress: (progress) => {
      if (progress.phase === 'sequences' && phases.at(-1) !== progress.label) phases.push(progress.label);
    },
  });
  expect(report.violations).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(phases).toEqual(['tour', 'uniqueness', 'fixtures', 'CreateUser sequences', 'bursts']);
});

test("a failing fixture is reported with its own steps: the create before it and its request, the fixture's id in the label", async () => {
  const [violation] = fromFixtures(await runAgainst('merge-patch-accepted'), 'status-code-conformance');
  expect(violation?.message).toMatch(/^Expected 400 or 415 for a malformed body .* received 200/);
  expect(violation?.replay).toEqual({
    seed: 5,
    runId: 'fix1',
    group: 'fixtures',
    case: 'step 2: update user 1 (valid token, fixture malformed-merge-patch-content-type)',
  });
  expect(labels(violation)).toEqual([
    'step 1: create user 1 (valid token, valid body)',
    'step 2: update user 1 (valid token, fixture malformed-merge-patch-content-type)',
  ]);
  const printed = formatViolation(violation as ReportedViolation);
  expect(printed).toContain('# The 2 requests that show status-code-conformance;');
  expect(printed).toContain(
    `-X PATCH "$BASE_URL""/api/org/v1/users/\${USER_1}" -H "Authorization: Bearer $CONTRACT_TOKEN" -H 'Content-Type: application/merge-patch+json' --data-binary '{"displayName": "Ada Lovelace"}'`,
  );
  expect(printed).toContain('Replay: --seed 5 --run-id fix1 (the whole run; this case is sent in every run)');
});

test("an update fixture is followed by a describe: a refused update's trace shows in the fixture's own steps", async () => {
  const [violation] = fromFixtures(await runAgainst('invalid-update-applied'), 'refused-leaves-no-trace');
  expect(violation?.message).toMatch(/before the refused update of step 2: a refused request changed it/);
  expect(labels(violation)).toEqual([
    'step 1: create user 1 (valid token, valid body)',
    'step 2: update user 1 (valid token, fixture malformed-username-null)',
    'step 2: describe user 1 (valid token), after fixture malformed-username-null',
  ]);
});

test('a literal ID is sent as written, percent-encoded, without a user created before it', async () => {
  const [violation] = fromFixtures(await runAgainst('slash-id-500'), 'not-a-server-error');
  expect(violation?.request.url).toBe('/api/org/v1/users/U7K2%2FQ9XW3M');
  expect(labels(violation)).toEqual([
    'step 1: describe the malformed id "U7K2/Q9XW3M" (valid token, fixture malformed-id-slash)',
  ]);
});

test('a fixture the spec refuses is not sent, and the report says why', async () => {
  const scratch = createScratch();
  try {
    const file = scratch.fixtures(
      (document) =>
        document.fixtures.push({
          id: 'valid-number-name',
          kind: 'valid',
          reason: 'a name is a string: this fixture is wrong',
          expect: [200],
          pathParameters: { user: { $resource: 'existing' } },
          body: { displayName: 42 },
        }),
      'update-user.yaml',
      'update-user.yaml',
    );
    const report = await runConformance({
      ...options({ fixturesPath: file }),
      target: { app: await createReferenceApp(SERVER) },
    });
    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual([
      'fixture valid-number-name of UpdateUser is not sent: the spec refuses it (/displayName must be string)',
    ]);
  } finally {
    scratch.cleanup();
  }
});

test('like the tour and the bursts, the fixtures replay with the whole run: no --group names them', async () => {
  await expect(
    runConformance({
      ...options({ replayGroup: 'fixtures', replayPath: '0' }),
      target: { app: await createReferenceApp(SERVER) },
    }),
  ).rejects.toThrow(/^--group must be one of .*, sequences, got 'fixtures'$/);
});
