import type { RecordedRequest, RecordedResponse } from './exchange';
import type { LearnedChoice } from './learnedChoice';

/** One operation of the spec in a run. */
export interface OperationSummary {
  operationId: string;
  method: string;
  path: string;
  tested: boolean;
  /** Why it was not tested: `no semantics declared`, ... */
  reason?: string;
  /** Requests sent to it (shrinking included). */
  requests: number;
}

/** Counts of one check over a run. */
export interface CheckSummary {
  id: string;
  title: string;
  doc: string;
  passed: number;
  failed: number;
  /** Cases the check does not apply to, or could not be run (no forbidden token). */
  skipped: number;
  inconclusive: number;
  /** Why the check was skipped as a whole, when it was (e.g. no forbidden token was given). */
  skippedReason?: string;
  /**
   * The exchanges it failed on, in run order, up to FAILING_EXCHANGES_KEPT (`failed` is how many there were):
   * one violation per check and group is reported in full, these show how far a defect reaches.
   */
  failing?: FailingExchange[];
}

/** An exchange a check failed on, in a line or two: enough to see how far a defect reaches. */
export interface FailingExchange {
  /** The case's label, as in a violation's replay: `valid token, generated body`, `step 3: update user 1 ...`. */
  case: string;
  /** `POST /api/org/v1/users/U7K2Q9XW3M`. */
  request: string;
  /** The status, or how it ended without one (`timeout after 5000 ms`). */
  outcome: string;
  /** The first violation's message. */
  message: string;
}

/** How many failing exchanges a check summary lists; the JSON report says how many there were in all. */
export const FAILING_EXCHANGES_KEPT = 20;

/** How to replay the exchange that shows a violation exactly. */
export interface Replay {
  seed: number;
  /** fast-check's path of the (shrunk) generated case; absent for fixtures and edge values. */
  path?: string;
  /** The group of generated cases the path belongs to (`--group`); absent for fixtures and edge values. */
  group?: string;
  runId: string;
  /** The case's label: `forbidden token, fixture valid-cjk`. */
  case: string;
}

/** A violation as reported: the finding, the minimal request that shows it, and how to reproduce it. */
export interface ReportedViolation {
  checkId: string;
  title: string;
  message: string;
  received?: string;
  documented?: string;
  request: RecordedRequest;
  /** The response, or undefined after a timeout or a connection error. */
  response?: RecordedResponse;
  /**
   * How the exchange ended, when not with a response: `timeout after 5000 ms`, `connection error ECONNRESET:
   * socket hang up`, or `rate limited: ...` (then `response` is the last 429).
   */
  outcome?: string;
  /** A curl command that reproduces it, with `$CONTRACT_TOKEN` in place of any token. */
  curl: string;
  replay: Replay;
  /**
   * For a failure found by a sequence of requests (stateful testing): the sequence, in order, the failing step
   * last. Absent for a failure of a single request.
   */
  sequence?: SequenceStep[];
  /** True when `sequence` was shrunk to the fewest steps that still show the violation (else: as it was sent). */
  sequenceShrunk?: boolean;
}

/** One step of a sequence that shows a violation: what was sent, how it ended, and what the model expected. */
export interface SequenceStep {
  /** The step as a person reads it (the command's `toString()`): `create user ada (new)`. */
  label?: string;
  request: RecordedRequest;
  /** The response, or undefined after a timeout or a connection error. */
  response?: RecordedResponse;
  /** How the step ended when there was no response (`timeout after 5000 ms`). */
  outcome?: string;
  /** What the model expected at this step: `201 and the user as sent`. */
  expected: string;
}

/**
 * The result of a conformance run: what the CLI prints, the JSON report holds and the JUnit and Markdown
 * reports are made from. Every token in it is replaced by `$CONTRACT_TOKEN` / `$CONTRACT_FORBIDDEN_TOKEN`.
 */
export interface ConformanceReport {
  tool: { name: 'lakesail-contract'; version: string };
  verdict: 'pass' | 'fail';
  seed: number;
  runId: string;
  /** The base URL, or `in-process app`. */
  target: string;
  spec: string;
  /** Every operation of the spec: those tested, with their requests, and the others with why they were not. */
  operations: OperationSummary[];
  startedAt: string;
  durationMs: number;
  /** HTTP requests sent, shrinking included. */
  requests: number;
  /** Generated cases per body mode and credential mode (`--runs`). */
  runs: number;
  /** Measured offset of the server's clock from the kit's (ms; positive: the server is ahead), when known. */
  clockOffsetMs?: number;
  checks: CheckSummary[];
  violations: ReportedViolation[];
  /** Things the user should know that are not violations (skipped modes, interrupted shrinking, ...). */
  warnings: string[];
  /**
   * The choices the contract leaves open (a taken username refused with 409, or accepted) that the server's answers
   * showed, each learned from its first answer and held to it afterwards.
   */
  choices?: LearnedChoice[];
}
