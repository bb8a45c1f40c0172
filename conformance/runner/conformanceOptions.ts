import type { Check } from '../model/check';
import type { RunProgress } from '../model/runProgress';
import type { Target } from '../target/target';

/** What `runConformance` takes; every field but `target` and `token` has a documented default. */
export interface ConformanceOptions {
  /** `{ baseUrl: 'http://127.0.0.1:8080' }` or `{ app }` (a request listener or a `node:http` server). */
  target: Target;
  /**
   * A valid bearer token (`CONTRACT_TOKEN`), 8 visible ASCII characters or more. Never printed, in any
   * encoding: reports show `$CONTRACT_TOKEN`.
   */
  token: string;
  /** A valid identity without permission (`CONTRACT_FORBIDDEN_TOKEN`), 8 characters or more; without it the forbidden cases are skipped. */
  forbiddenToken?: string;
  /** fast-check seed. Default: in CI (`CI` set) derived from the commit, else random. */
  seed?: number;
  /** Generated cases per credential mode and body mode. Default 100. */
  runs?: number;
  /** Prefix of the nonce in every unique value; the same seed and run id replay a run byte for byte. Default: random. */
  runId?: string;
  /** A response later than this is a violation, and the socket is destroyed. Default 5000. */
  timeoutMs?: number;
  /** Allowed difference between the server's clock and the kit's. Default 60000. */
  maxClockSkewMs?: number;
  /** Requests in flight at once, for slow servers. Default 1. */
  concurrency?: number;
  /** The OpenAPI spec. Default: the spec shipped with the kit. */
  specPath?: string;
  /** Bytes the spec (all its files together) may take; a larger one is refused. Default 10 MiB. */
  maxSpecBytes?: number;
  /** The curated requests sent first. Default: the ones shipped with the kit. */
  fixturesPath?: string;
  /** Replays the generated case at this fast-check path (`3:1:0`) instead of a whole run. */
  replayPath?: string;
  /** The group of `replayPath`; without it the path is replayed in every group. */
  replayGroup?: string;
  /** Shrinking one failing check stops after this long (the smallest failure so far is kept). Default 10000. */
  shrinkTimeLimitMs?: number;
  /** The checks to run. Default: every check of the kit. */
  checks?: readonly Check[];
  /** Called as the run progresses (for a progress display). */
  onProgress?(progress: RunProgress): void;
}

export const DEFAULTS = {
  runs: 100,
  timeoutMs: 5000,
  maxClockSkewMs: 60_000,
  concurrency: 1,
  shrinkTimeLimitMs: 10_000,
} as const;

/** Upper bounds of the numeric options: beyond them a run would not finish in any useful time. */
export const LIMITS = {
  runs: 1_000_000,
  timeoutMs: 600_000,
  maxClockSkewMs: 86_400_000,
  concurrency: 256,
  shrinkTimeLimitMs: 3_600_000,
} as const;
