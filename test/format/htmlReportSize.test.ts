import { htmlReport, runConformance } from '../../api';
import { noValidation } from '../../servers/broken/no-validation';
import { createReferenceApp } from '../../servers/createReferenceApp';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_SEED,
  PROOF_TOKEN,
  SERVER_OPTIONS,
} from '../proof/support/proofSettings';

/** A default run (100 generated cases per mode), as `check` without flags sends it. */
async function defaultRunPage(app: Awaited<ReturnType<typeof createReferenceApp>>) {
  const report = await runConformance({
    target: { app },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: PROOF_SEED,
    runId: 'size1',
    shrinkTimeLimitMs: 2000,
  });
  return { report, html: htmlReport(report) };
}

function kib(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;
}

// Sizes are printed for the record (docs, the closing note); the bound only catches a page that balloons.
test('the page of a default passing run and of a default failing run: sizes printed, both well under 1 MiB', async () => {
  const passing = await defaultRunPage(await createReferenceApp(SERVER_OPTIONS));
  expect(passing.report.verdict).toBe('pass');
  const failing = await defaultRunPage(await noValidation(SERVER_OPTIONS));
  expect(failing.report.verdict).toBe('fail');
  process.stdout.write(
    `HTML report, default run: passing ${kib(passing.html)} (${passing.report.requests} requests); ` +
      `failing ${kib(failing.html)} (${failing.report.violations.length} violations, ${failing.report.requests} requests)\n`,
  );
  expect(Buffer.byteLength(passing.html)).toBeLessThan(1024 * 1024);
  expect(Buffer.byteLength(failing.html)).toBeLessThan(1024 * 1024);
}, 60_000);
