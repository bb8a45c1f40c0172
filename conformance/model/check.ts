import type { Contract } from '../../core/spec/loadContract';
import type { Exchange } from './exchange';
import type { TestCase } from './testCase';
import type { CheckVerdict, Violation } from './violation';

/** What every check may read besides the exchange. */
export interface CheckContext {
  contract: Contract;
  /** A response later than this is a violation (`--timeout-ms`). */
  timeoutMs: number;
  /** Allowed difference between the server's clock and the kit's (`--max-clock-skew-ms`). */
  maxClockSkewMs: number;
}

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
  check(exchange: Exchange, context: CheckContext): CheckVerdict;
}

/** A violation of a run-level check, pointing at the exchange that shows it. */
export interface RunViolation extends Violation {
  exchangeIndex: number;
}

/** A check that sees every exchange of the run (uniqueness across the run). */
export interface RunCheck {
  kind: 'run';
  id: string;
  title: string;
  holds: string;
  doc: string;
  appliesTo(testCase: TestCase): boolean;
  check(exchanges: readonly Exchange[], context: CheckContext): RunViolation[];
}

export type Check = ExchangeCheck | RunCheck;
