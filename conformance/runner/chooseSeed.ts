import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

/** The seed of a run and where it came from, printed first so any run can be replayed. */
export interface SeedChoice {
  seed: number;
  /** `--seed`, `random`, `commit 1b64009 (GITHUB_SHA)`, `fixed (CI without a commit)`. */
  source: string;
}

/** The seed CI uses when no commit can be found: still the same on every run, so a red run replays. */
export const FIXED_CI_SEED = 20260101;

/** The largest seed accepted: fast-check seeds are 32-bit integers. */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * `--seed` when given; in CI (`CI` set and not `false`/`0`) a seed derived from the commit, so a red run replays
 * exactly and nothing retries a failure away; otherwise a random one.
 */
export function chooseSeed(
  explicit: number | undefined,
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): SeedChoice {
  if (explicit !== undefined) return { seed: explicit, source: '--seed' };
  if (!isCi(env)) return { seed: randomInt(MAX_SEED), source: 'random' };
  for (const variable of ['GITHUB_SHA', 'CI_COMMIT_SHA']) {
    const sha = env[variable]?.trim();
    if (sha && /^[0-9a-f]{7,64}$/i.test(sha)) return fromCommit(sha, variable);
  }
  const head = gitHead(cwd);
  if (head) return fromCommit(head, 'git rev-parse HEAD');
  return { seed: FIXED_CI_SEED, source: 'fixed (CI without a commit)' };
}

export function isCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

function fromCommit(sha: string, via: string): SeedChoice {
  const seed = Number.parseInt(sha.slice(0, 8), 16) % MAX_SEED;
  return { seed, source: `commit ${sha.slice(0, 12).toLowerCase()} (${via})` };
}

function gitHead(cwd: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    });
    const sha = out.toString('utf8').trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
