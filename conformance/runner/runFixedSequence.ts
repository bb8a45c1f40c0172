import type { Exchange } from '../model/exchange';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import { SequenceStopped } from '../sequences/sequenceContext';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';

/** A sequence every run sends, fixed by the seed: the tour of a resource's rules, its bursts, or one fixture. */
export interface FixedSequence {
  /**
   * Its `group` in reports (`tour`, `bursts`, `fixtures`): it replays with the seed alone, as part of the whole
   * run.
   */
  group: string;
  commands: readonly SequenceCommand[];
  /** Nonces its requests may use. */
  nonces: number;
}

/** The `group` of a resource's tour and of its bursts in reports. */
export const TOUR_GROUP = 'tour';
export const BURSTS_GROUP = 'bursts';

/**
 * Sends one fixed sequence to a resource, every check on every exchange in send order; each distinct cause of a
 * check's failures is reported the first time it shows, with the steps that led to it, unshrunk: the sequence is short and the same in every run (and a
 * race depends on the server's interleaving, which no shrinking would keep).
 */
export async function runFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
): Promise<void> {
  run.input.onProgress?.({
    phase: 'sequences',
    label: fixed.group,
    done: 0,
    total: 1,
    requests: run.sender.requests(),
  });
  judgeFixedSequence(run, resource, fixed, await sendFixedSequence(run, resource, fixed));
}

/** The exchanges of a fixed sequence, in send order (fewer when the run stopped sending under it). */
export async function sendFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
): Promise<Exchange[]> {
  const steps: Exchange[] = [];
  try {
    const context = sequenceContextFor(run, resource, fixed.nonces);
    await runSequence(fixed.commands, context, (exchange) => steps.push(exchange));
  } catch (error) {
    if (!(error instanceof SequenceStopped)) throw error;
  }
  return steps;
}

/** Every check on each exchange of a fixed sequence, in order; a failure is reported with the steps up to it. */
export function judgeFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
  steps: readonly Exchange[],
): void {
  const { input, evaluator, violations } = run;
  const partition = `${fixed.group} ${resource.create.operation.operationId}`;
  steps.forEach((exchange, index) => {
    for (const [checkId, found] of evaluator.evaluate(exchange)) {
      const replay = {
        seed: input.seed,
        runId: input.runId,
        group: fixed.group,
        case: exchange.testCase.label,
      };
      violations.addDistinct(partition, checkId, exchange, found, replay, steps.slice(0, index + 1));
    }
  });
}
