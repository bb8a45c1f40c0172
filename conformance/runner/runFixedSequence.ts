import type { Exchange } from '../model/exchange';
import { BURST_SIZE, burstSequence } from '../sequences/burstSequence';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import { SequenceStopped } from '../sequences/sequenceContext';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';

/** The `--group` of a run's bursts, in its report's replay lines (a burst replays with the seed alone). */
export const BURSTS_GROUP = 'bursts';

/**
 * Phase 4, per resource: the bursts of concurrent requests the seed fixes (burstSequence), every check on every
 * exchange in send order; a check's first failure is reported with the steps that led to it. A race depends on
 * the server's interleaving, which no shrinking would keep: the burst is reported as it was sent.
 */
export async function runBursts(run: PlanRun, resource: ResourceOperations): Promise<void> {
  const { input, evaluator, violations } = run;
  input.onProgress?.({
    phase: 'sequences',
    label: 'bursts',
    done: 0,
    total: 1,
    requests: run.sender.requests(),
  });
  const steps: Exchange[] = [];
  try {
    const context = sequenceContextFor(run, resource, 8 * BURST_SIZE);
    await runSequence(burstSequence(resource, input.seed), context, (exchange) => steps.push(exchange));
  } catch (error) {
    if (!(error instanceof SequenceStopped)) throw error;
  }
  const partition = `bursts ${resource.create.operation.operationId}`;
  steps.forEach((exchange, index) => {
    for (const [checkId, found] of evaluator.evaluate(exchange)) {
      if (!violations.claim(partition, checkId)) continue;
      const replay = {
        seed: input.seed,
        runId: input.runId,
        group: BURSTS_GROUP,
        case: exchange.testCase.label,
      };
      violations.add(exchange, found, replay, steps.slice(0, index + 1));
    }
  });
}
