import { ALL_CHECKS } from '../../conformance/checks';
import { DEFAULTS } from '../../conformance/runner/conformanceOptions';
import { resolveConformanceOptions } from '../../conformance/runner/resolveConformanceOptions';

const target = { baseUrl: 'http://127.0.0.1:8080' };
const notCi = { CI: 'false' };

test('fills in every default, once, for every caller', () => {
  const resolved = resolveConformanceOptions({ target, seed: 7, runId: 'abc' }, notCi);
  expect(resolved).toEqual({
    target,
    seed: 7,
    seedSource: '--seed',
    runs: DEFAULTS.runs,
    runId: 'abc',
    timeoutMs: DEFAULTS.timeoutMs,
    maxClockSkewMs: DEFAULTS.maxClockSkewMs,
    concurrency: DEFAULTS.concurrency,
    shrinkTimeLimitMs: DEFAULTS.shrinkTimeLimitMs,
    maxResponseBytes: 2 * 1024 * 1024,
    waitForTargetMs: 0,
    checks: ALL_CHECKS,
  });
});

test('a missing seed is chosen (from the commit in CI), a missing run id made up', () => {
  const resolved = resolveConformanceOptions({ target }, { CI: 'true', GITHUB_SHA: '1b64009aaaab' });
  expect(resolved.seedSource).toBe('commit 1b64009aaaab (GITHUB_SHA)');
  expect(resolved.runId).toMatch(/^[a-z0-9]{6}$/);
});

test('numbers may come as the text of CLI flags', () => {
  const resolved = resolveConformanceOptions({ target, runs: '3', maxResponseBytes: '65536' }, notCi);
  expect(resolved).toMatchObject({ runs: 3, maxResponseBytes: 65536 });
});

test.each([
  [{ runs: -1 }, "runs must be an integer from 0 to 1000000, got '-1'"],
  [{ maxResponseBytes: 10 }, "maxResponseBytes must be an integer from 1024 to 67108864, got '10'"],
  [{ concurrency: 1.5 }, "concurrency must be an integer from 1 to 256, got '1.5'"],
  [{ runId: 'Bad Id' }, "runId must be 1 to 16 lower-case letters and digits, got 'Bad Id'"],
  [{ replayPath: '3-1' }, "replayPath must look like 3 or 3:1:0, got '3-1'"],
  [{ replayGroup: 'x' }, 'replayGroup needs replayPath'],
  [{ target: { baseUrl: 'http://user:secret-pw@host' } }, 'target must not hold a user name or password'],
])('%j is a usage error naming the option', (options, message) => {
  expect(() => resolveConformanceOptions({ target, ...options }, notCi)).toThrow(message);
});

test('errors name the option as the caller spells it', () => {
  const flag = (option: string) => `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  expect(() => resolveConformanceOptions({ target, timeoutMs: 'soon' }, notCi, flag)).toThrow(
    "--timeout-ms must be an integer from 1 to 600000, got 'soon'",
  );
});
