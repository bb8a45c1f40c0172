import { runConformance } from '../../api';
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
  expect(phases).toEqual(['tour', 'fixtures', 'CreateUser sequences', 'bursts']);
});

test("an update fixture is followed by a describe: a refused update's trace shows in the fixture's own steps", async () => {
  const [violation] = fromFixtures(await runAgainst('invalid-update-applied'), 'refused-leaves-no-trace');
  expect(violation?.message).toMatch(/before the refused update of step 2: a refused request changed it/);
  expect(labels(violation)).toEqual([
    'step 1: create user 1 (valid token, valid body)',
    'step 2: update user 1 (valid token, fixture malformed-username-null)',
    'step 2: describe user 1 (valid token)',
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
