import { MAX_SPEC_BYTES_LIMIT } from '../../core/spec/specLimits';
import type { Check } from '../model/check';
import type { RunProgress } from '../model/runProgress';
import type { Target } from '../target/target';
import { MAX_SEED } from './chooseSeed';

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
  /**
   * The longest response body read, in bytes: past it the kit stops reading, closes the connection, and the
   * exchange is a `response-size` violation. Default 2 MiB (2097152).
   */
  maxResponseBytes?: number;
  /**
   * For a server just started: connections to `target.baseUrl` refused before the first request are retried
   * for this long (then TargetUnreachableError). Default 0: a refused first request is unreachable at once.
   */
  waitForTargetMs?: number;
  /**
   * The operationIds to test. Default: every operation whose meaning the spec declares (`x-lakesail-action`);
   * an unknown one, or one the kit cannot test, is a usage error.
   */
  operations?: readonly string[];
  /** The OpenAPI spec. Default: the spec shipped with the kit. */
  specPath?: string;
  /** Bytes the spec (all its files together) may take; a larger one is refused. Default 10 MiB. */
  maxSpecBytes?: number;
  /**
   * The curated requests (a create's sent first, a describe's or an update's each in a short sequence of its
   * own): a fixtures file, or a folder of them (one file per operation, each naming its operation). Default: the
   * ones shipped with the kit.
   */
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
  waitForTargetMs: 0,
  shrinkTimeLimitMs: 10_000,
  maxResponseBytes: 2 * 1024 * 1024,
} as const;

/** The range of each numeric option: beyond it a run would not finish in any useful time, or not fit in memory. */
export const LIMITS = {
  seed: { min: 0, max: MAX_SEED },
  runs: { min: 0, max: 1_000_000 },
  timeoutMs: { min: 1, max: 600_000 },
  maxClockSkewMs: { min: 0, max: 86_400_000 },
  concurrency: { min: 1, max: 256 },
  waitForTargetMs: { min: 0, max: 3_600_000 },
  shrinkTimeLimitMs: { min: 0, max: 3_600_000 },
  maxResponseBytes: { min: 1024, max: 64 * 1024 * 1024 },
  maxSpecBytes: { min: 1, max: MAX_SPEC_BYTES_LIMIT },
} as const;
