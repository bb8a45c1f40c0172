import type { Exchange } from '../model/exchange';
import type { Replay } from '../model/report';
import type { Violation } from '../model/violation';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import { SequenceStopped } from '../sequences/sequenceContext';
import { createFirstFailures, type FirstFailures } from './createFirstFailures';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';
import { shrinkFixedSequence } from './shrinkFixedSequence';

/**
 * A sequence every run sends, fixed by the seed: the tour of a resource's rules, its uniqueness sequences, one
 * fixture, or its bursts.
 */
export interface FixedSequence {
  /**
   * Its `group` in reports (`tour`, `uniqueness`, `fixtures`, `bursts`): it replays with the seed alone, as part
   * of the whole run.
   */
  group: string;
  commands: readonly SequenceCommand[];
  /** Nonces its requests may use. */
  nonces: number;
  /**
   * Whether a failure is shrunk to the fewest commands that still show it; not for a fixture's few steps, nor for
   * races, whose failure depends on the server's interleaving, which no shrinking would keep.
   */
  shrinks: boolean;
}

/** The `group` of a resource's tour, of its uniqueness sequences and of its bursts in reports. */
export const TOUR_GROUP = 'tour';
export const UNIQUENESS_GROUP = 'uniqueness';
export const BURSTS_GROUP = 'bursts';

/** A fixed sequence's first failure of a check for one cause: the exchanges up to it, and its violations. */
interface FirstFailure {
  steps: Exchange[];
  violations: Violation[];
}

/** What judging a fixed sequence's exchanges found: each exchange check's first failure of each cause. */
export type FixedSequenceFailures = FirstFailures<FirstFailure>;

/**
 * Sends one fixed sequence to a resource, every check on every exchange in send order; each distinct cause of a
 * check's failures is reported once per group, with the steps that led to it, shrunk to the fewest commands
 * that still show it when the sequence shrinks. Run checks report as they go.
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
  const steps = await sendFixedSequence(run, resource, fixed);
  await reportFixedSequence(run, resource, fixed, judgeFixedSequence(run, resource, fixed, steps));
}

/**
 * The exchanges of a fixed sequence, in send order (fewer when the run stopped sending under it); the choices
 * the server's answers showed first are kept for the report.
 */
export async function sendFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
): Promise<Exchange[]> {
  const steps: Exchange[] = [];
  try {
    const context = sequenceContextFor(run, resource, fixed.nonces);
    const model = await runSequence(fixed.commands, context, (exchange) => steps.push(exchange));
    // The report names each rule's choice once, as the first sequence that showed it learned it.
    for (const choice of model.learned.values()) {
      if (run.choices.some((known) => known.rule === choice.rule)) continue;
      run.choices.push({ ...choice, shownBy: `${fixed.group}, ${choice.shownBy}` });
    }
  } catch (error) {
    if (!(error instanceof SequenceStopped)) throw error;
  }
  return steps;
}

/**
 * Every check on each exchange of a fixed sequence, in order: run checks report at once, with the steps up to
 * the exchange; exchange checks keep the first failure of each cause, for reportFixedSequence.
 */
export function judgeFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
  steps: readonly Exchange[],
): FixedSequenceFailures {
  const firstFailures = createFirstFailures<FirstFailure>();
  steps.forEach((exchange, index) => {
    const upTo = steps.slice(0, index + 1);
    for (const [checkId, found] of run.evaluator.evaluate(exchange)) {
      const check = run.input.checks.find((candidate) => candidate.id === checkId);
      if (check?.kind === 'exchange') {
        firstFailures.keep(checkId, { steps: upTo, violations: found });
        continue;
      }
      const replay = replayOf(run, fixed, exchange);
      const sequence = { steps: upTo, shrunk: false };
      run.violations.addDistinct(partitionOf(fixed, resource), checkId, exchange, found, replay, sequence);
    }
  });
  return firstFailures;
}

/** Reports each exchange check's failures, each cause once per group: shrunk first when the sequence shrinks. */
export async function reportFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  fixed: FixedSequence,
  firstFailures: FixedSequenceFailures,
): Promise<void> {
  for (const check of run.input.checks) {
    if (check.kind !== 'exchange') continue;
    for (const { cause, failure } of firstFailures.of(check.id)) {
      const failing = { check, cause, commands: fixed.commands, nonces: fixed.nonces };
      const shrunk = fixed.shrinks ? await shrinkFixedSequence(run, resource, failing) : undefined;
      const shown = shrunk ?? failure;
      const last = shown.steps[shown.steps.length - 1] as Exchange;
      const sequence = { steps: shown.steps, shrunk: shrunk !== undefined };
      const replay = replayOf(run, fixed, last);
      run.violations.addDistinct(
        partitionOf(fixed, resource),
        check.id,
        last,
        shown.violations,
        replay,
        sequence,
      );
    }
  }
}

/** A fixed group's violations are reported once per check and cause, for each resource. */
function partitionOf(fixed: FixedSequence, resource: ResourceOperations): string {
  return `${fixed.group} ${resource.create.operation.operationId}`;
}

function replayOf(run: PlanRun, fixed: FixedSequence, exchange: Exchange): Replay {
  const { seed, runId } = run.input;
  return { seed, runId, group: fixed.group, case: exchange.testCase.label };
}
