import type { Exchange } from '../model/exchange';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import { SequenceStopped } from '../sequences/sequenceContext';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';

/** A sequence every run sends, fixed by the seed: the tour of a resource's rules, or its bursts. */
export interface FixedSequence {
  /** Its `group` in reports (`tour`, `uniqueness`, `bursts`): it replays with the seed alone, as part of the whole run. */
  group: string;
  commands: readonly SequenceCommand[];
  /** Nonces its requests may use. */
  nonces: number;
}

/** The `group` of a resource's tour, of its uniqueness sequences and of its bursts in reports. */
export const TOUR_GROUP = 'tour';
export const UNIQUENESS_GROUP = 'uniqueness';
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
  const { input, evaluator, violations } = run;
  input.onProgress?.({
    phase: 'sequences',
    label: fixed.group,
    done: 0,
    total: 1,
    requests: run.sender.requests(),
  });
  const steps: Exchange[] = [];
  try {
    const context = sequenceContextFor(run, resource, fixed.nonces);
    const model = await runSequence(fixed.commands, context, (exchange) => steps.push(exchange));
    for (const choice of model.learned.values()) {
      run.choices.push({ ...choice, shownBy: `${fixed.group}, ${choice.shownBy}` });
    }
  } catch (error) {
    if (!(error instanceof SequenceStopped)) throw error;
  }
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
