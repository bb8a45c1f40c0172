import type { Spec } from '../../core/spec/loadSpec';
import type { OperationContract } from '../../core/spec/operationContract';
import type { Exchange } from './exchange';
import type { TestCase } from './testCase';
import type { CheckVerdict, Violation } from './violation';

/** What every check may read besides the exchange. */
export interface CheckContext {
  spec: Spec;
  /** The operation a case is sent to (`testCase.operationId`). */
  operationOf(testCase: TestCase): OperationContract;
  /** A response later than this is a violation (`--timeout-ms`). */
  timeoutMs: number;
  /** Allowed difference between the server's clock and the kit's (`--max-clock-skew-ms`). */
  maxClockSkewMs: number;
  /** The longest response body the kit reads (`--max-response-bytes`). */
  maxResponseBytes: number;
}

/** What a check needs of an exchange to judge it; an exchange without it counts as skipped for the check. */
export type CheckNeeds =
  /** Any exchange, however it ended (a timeout, a connection error, a rate limit). The default. */
  | 'outcome'
  /** A response: its status, its headers and its body as far as it was read (cut at the size limit). */
  | 'response'
  /** A response whose body was read whole. */
  | 'whole-body';

/** A check of one exchange: a pure function from the exchange to violations. */
export interface ExchangeCheck {
  kind: 'exchange';
  /** Stable kebab-case id, never renamed once released. */
  id: string;
  /** Fixed human title used in every violation. */
  title: string;
  /** What holds when the check passes, in a few words: `no token in any response` (a passing test's title). */
  holds: string;
  /** One line: what the contract demands. */
  doc: string;
  /** The cases the check applies to; the others count as skipped for it. */
  appliesTo(testCase: TestCase): boolean;
  /** Default `outcome`: the check is given every exchange. */
  needs?: CheckNeeds;
  check(exchange: Exchange, context: CheckContext): CheckVerdict;
}

/**
 * A check across the run (uniqueness across it): it judges each exchange, in run order, against what it kept of
 * the earlier ones, and keeps of each only what later ones need (an id, never a body). So the exchange a
 * violation shows is at hand when it is found, and no exchange is kept for the end of the run.
 */
// biome-ignore lint/suspicious/noExplicitAny: each run check keeps its own kind of memory
export interface RunCheck<Memory = any> {
  kind: 'run';
  id: string;
  title: string;
  holds: string;
  doc: string;
  appliesTo(testCase: TestCase): boolean;
  needs?: CheckNeeds;
  /** An empty memory, for a new run. */
  newMemory(): Memory;
  /** The exchange's violations given the earlier ones; adds to `memory` what later exchanges need. */
  check(exchange: Exchange, memory: Memory, context: CheckContext): Violation[];
}

export type Check = ExchangeCheck | RunCheck;
