import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import { SequenceStopped } from '../sequences/sequenceContext';
import { causeOf } from './createFirstFailures';
import { evaluateOne } from './evaluateExchange';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';

/** What a sequence being shrunk showed: its exchanges up to the one that failed the check, and the violations. */
export interface SequenceFailure {
  steps: Exchange[];
  violations: Violation[];
}

class CheckFailed extends Error {}

/**
 * Sends `commands` as a fresh sequence and stops at the first exchange that fails `check` for `cause`: that
 * failure, or undefined when the sequence passes it (or the run stopped sending under it).
 */
export async function sequenceFailure(
  run: PlanRun,
  resource: ResourceOperations,
  commands: readonly SequenceCommand[],
  failing: { check: ExchangeCheck; cause: string; nonces: number },
): Promise<SequenceFailure | undefined> {
  const steps: Exchange[] = [];
  let found: SequenceFailure | undefined;
  try {
    await runSequence(commands, sequenceContextFor(run, resource, failing.nonces), (exchange) => {
      steps.push(exchange);
      const outcome = evaluateOne(failing.check, exchange, run.context);
      if (outcome.result !== 'failed') return;
      const violations = outcome.violations.filter((violation) => causeOf(violation) === failing.cause);
      if (violations.length === 0) return;
      found = { steps: [...steps], violations };
      throw new CheckFailed();
    });
  } catch (error) {
    if (!(error instanceof CheckFailed || error instanceof SequenceStopped)) throw error;
  }
  return found;
}
