import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RecordedResponse } from '../../conformance/model/exchange';
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
  const response = (retryAfter?: string): RecordedResponse => ({
    status: 429,
    headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    bodyText: '',
  });

  test('seconds or an HTTP date, as asked (the sender decides what is too long); nothing without the header', () => {
    expect(retryAfterMs(response('2'))).toBe(2000);
    expect(retryAfterMs(response('999999'))).toBe(999_999_000);
    const now = Date.parse('2026-01-15T09:30:00Z');
    expect(retryAfterMs(response('Thu, 15 Jan 2026 09:30:04 GMT'), now)).toBe(4000);
    expect(retryAfterMs(response('Thu, 15 Jan 2026 09:29:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(response('soon'))).toBeUndefined();
    expect(retryAfterMs(response())).toBeUndefined();
  });
});
