import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatViolation } from '../../conformance/format/formatReport';
import { checkFailure } from '../../conformance/jest';
import { packageRoot } from '../../core/packageRoot';
import { sampleReport, sampleViolation } from '../format/sampleReport';

const run = promisify(execFile);

describe('the jest adapter on a broken app', () => {
  test('jest fails the broken check with the violation and its curl line, passes the others, skips 403', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'adapter-'));
    const reportFile = path.join(folder, 'report.json');
    const root = packageRoot();
    let output = '';
    let code = 0;
    try {
      await run(
        process.execPath,
        [
          require.resolve('jest/bin/jest'),
          '--rootDir',
          root,
          '--ci',
          '--colors=false',
          '--verbose',
          '--testMatch',
          '**/test/jest-adapter/fixtures/brokenApp.fixture.ts',
        ],
        { cwd: root, env: { PATH: process.env.PATH, CI: 'true', ADAPTER_REPORT: reportFile } },
      );
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      code = failed.code;
      output = failed.stdout + failed.stderr;
    }
    try {
      expect(code).toBe(1);
      expect(output).toMatch(/✓ the conformance run completes/);
      expect(output).toMatch(/✕ status-code-conformance: every status is the one the case demands/);
      expect(output).toMatch(/✓ no-token-leak: no token in any response/);
      expect(output).toContain(
        '○ skipped 403 cases: not sent without a forbidden token (set the forbiddenToken option or CONTRACT_FORBIDDEN_TOKEN)',
      );
      expect(output).toMatch(
        /status-code-conformance failed on \d+ exchanges \(seed 1, run id [a-z0-9]+, target in-process app\)/,
      );
      expect(output).toContain('POST /api/org/v1/users — Unexpected status code [status-code-conformance]');
      expect(output).toContain(
        `curl -X POST "$BASE_URL/api/org/v1/users" -H "Authorization: Bearer $CONTRACT_TOKEN"`,
      );
      // Replayed with the adapter's options, not the CLI's flags.
      expect(output).toMatch(
        /Replay: describeConformance\(target, \{ seed: 1, runId: "[a-z0-9]+", replayGroup: "[a-z-]+\/[a-z-]+", replayPath: "[\d:]+" \}\)/,
      );
      expect(output).not.toMatch(/Replay: --seed/);
      expect(output).not.toContain('adapter-broken-token-0123456789');
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      expect(report.verdict).toBe('fail');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  test('checkFailure: undefined for a passing check, the formatted violations for a failing one', () => {
    const report = sampleReport();
    expect(checkFailure(report, 'user-echo')).toBeUndefined();
    expect(checkFailure(report, 'status-code-documented')).toBe(
      `status-code-documented failed on 1 exchange (seed 1873, run id k3x9q2, target http://127.0.0.1:8080)\n\n${formatViolation(sampleViolation(), { replayAs: 'jest' })}`,
    );
  });
});
