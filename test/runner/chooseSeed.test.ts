import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Exchange } from '../../conformance/model/exchange';
import { chooseSeed, FIXED_CI_SEED, isCi } from '../../conformance/runner/chooseSeed';
import { retryAfterMs } from '../../conformance/runner/retryAfter';

describe('chooseSeed', () => {
  const outsideGit = mkdtempSync(path.join(tmpdir(), 'no-git-'));
  afterAll(() => rmSync(outsideGit, { recursive: true, force: true }));

  test('--seed wins, in CI or not', () => {
    expect(chooseSeed(9, { CI: 'true', GITHUB_SHA: 'abcdef0' })).toEqual({ seed: 9, source: '--seed' });
  });

  test('in CI: from GITHUB_SHA, then CI_COMMIT_SHA, then git, then a fixed seed', () => {
    expect(chooseSeed(undefined, { CI: 'true', GITHUB_SHA: '00000010ffff' })).toEqual({
      seed: 16,
      source: 'commit 00000010ffff (GITHUB_SHA)',
    });
    expect(chooseSeed(undefined, { CI: '1', CI_COMMIT_SHA: '0000001f' })).toEqual({
      seed: 31,
      source: 'commit 0000001f (CI_COMMIT_SHA)',
    });
    const fromGit = chooseSeed(undefined, { CI: 'true' }, process.cwd());
    expect(fromGit.source).toMatch(/^commit [0-9a-f]{12} \(git rev-parse HEAD\)$/);
    expect(chooseSeed(undefined, { CI: 'true' }, outsideGit)).toEqual({
      seed: FIXED_CI_SEED,
      source: 'fixed (CI without a commit)',
    });
  });

  test('outside CI: random', () => {
    expect(chooseSeed(undefined, {}).source).toBe('random');
    expect(chooseSeed(undefined, { CI: 'false', GITHUB_SHA: 'abcdef0' }).source).toBe('random');
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({ CI: 'TRUE' })).toBe(true);
  });
});

describe('retryAfterMs', () => {
  const exchange = (status: number, retryAfter?: string): Exchange => ({
    testCase: {} as Exchange['testCase'],
    request: { method: 'POST', url: '/', headers: {}, bodyText: '' },
    sentAt: 0,
    receivedAt: 0,
    outcome: {
      kind: 'response',
      response: {
        status,
        headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
        bodyText: '',
      },
    },
    leaks: [],
  });

  test('seconds or an HTTP date, capped at 10 s; nothing for other statuses or without the header', () => {
    expect(retryAfterMs(exchange(429, '2'))).toBe(2000);
    expect(retryAfterMs(exchange(429, '3600'))).toBe(10_000);
    const now = Date.parse('2026-01-15T09:30:00Z');
    expect(retryAfterMs(exchange(429, 'Thu, 15 Jan 2026 09:30:04 GMT'), now)).toBe(4000);
    expect(retryAfterMs(exchange(429, 'Thu, 15 Jan 2026 09:29:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(exchange(429, 'soon'))).toBeUndefined();
    expect(retryAfterMs(exchange(429))).toBeUndefined();
    expect(retryAfterMs(exchange(503, '1'))).toBeUndefined();
  });
});
