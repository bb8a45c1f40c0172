import fc from 'fast-check';
import { UsageError } from '../../core/errors';
import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Replay } from '../model/report';
import type { Violation } from '../model/violation';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { runSequence } from '../sequences/runSequence';
import { MAX_COMMANDS, sequenceArbitrary } from '../sequences/sequenceArbitrary';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import { SequenceStopped } from '../sequences/sequenceContext';
import { createFirstFailures, type FirstFailures } from './createFirstFailures';
import { forEachInOrder } from './forEachInOrder';
import { caseAtPath, generateCases } from './generateCases';
import type { PlanRun } from './planRun';
import { sequenceContextFor } from './sequenceContextFor';
import { sequenceFailure } from './sequenceFailure';

/** The `--group` of every sequence a run sends (`--group sequences --path 7` replays the 8th). */
export const SEQUENCES_GROUP = 'sequences';

/** A check's first failure of one cause among the sequences, with the exchanges of the sequence up to it. */
interface FirstFailure {
  runIndex: number;
  steps: Exchange[];
  violations: Violation[];
}

/**
 * Phase 3, per resource: `runs` sequences of its operations (fast-check, from the seed; up to `concurrency` at a
 * time), every check on every exchange in sequence order; each distinct cause of each exchange check that failed
 * is shrunk separately to the shortest sequence that still shows it. Run checks report their first failure as it is.
 */
export async function runSequences(run: PlanRun, resource: ResourceOperations): Promise<void> {
  const { input } = run;
  const arbitrary = sequenceArbitrary(resource, input.hasForbiddenToken);
  const sequences = input.replay
    ? [replaySequence(arbitrary, input.seed, input.replay.path)]
    : generateCases(arbitrary, input.seed, input.runs);
  const firstFailures = await exploreSequences(run, resource, sequences);
  for (const check of input.checks) {
    const failures = firstFailures.of(check.id);
    if (failures.length === 0 || check.kind !== 'exchange') continue;
    if (!run.violations.claim(partitionOf(resource), check.id)) continue;
    for (const { cause, failure } of failures) {
      const shrunk = await shrinkSequence(run, resource, arbitrary, { check, cause }, failure);
      const shown = shrunk ?? { ...failure, path: pathOf(run, failure.runIndex) };
      const last = shown.steps[shown.steps.length - 1] as Exchange;
      const sequence = { steps: shown.steps, shrunk: shrunk !== undefined };
      run.violations.add(last, shown.violations, replayOf(run, shown.path, last), sequence);
    }
  }
}

/** Sends every sequence and judges its exchanges in order; the first failure of each check and cause is kept. */
async function exploreSequences(
  run: PlanRun,
  resource: ResourceOperations,
  sequences: readonly SequenceCommand[][],
): Promise<FirstFailures<FirstFailure>> {
  const { input, evaluator, violations } = run;
  const firstFailures = createFirstFailures<FirstFailure>();
  let done = 0;
  const progress = () =>
    input.onProgress?.({
      phase: input.replay ? 'replay' : 'sequences',
      label: `${resource.create.operation.operationId} sequences`,
      done,
      total: sequences.length,
      requests: run.sender.requests(),
    });
  progress();
  await forEachInOrder(
    sequences,
    input.concurrency,
    (commands) => sendSequence(run, resource, commands),
    (steps, runIndex) => {
      done += 1;
      progress();
      steps.forEach((exchange, index) => {
        for (const [checkId, found] of evaluator.evaluate(exchange)) {
          const check = input.checks.find((candidate) => candidate.id === checkId);
          if (check?.kind === 'exchange') {
            firstFailures.keep(checkId, { runIndex, steps: steps.slice(0, index + 1), violations: found });
          } else if (violations.claim(partitionOf(resource), checkId)) {
            violations.add(exchange, found, replayOf(run, pathOf(run, runIndex), exchange), {
              steps: steps.slice(0, index + 1),
              shrunk: false,
            });
          }
        }
      });
    },
  );
  return firstFailures;
}

/** One sequence, sent; the exchanges in order (fewer when the run stopped sending under it). */
async function sendSequence(
  run: PlanRun,
  resource: ResourceOperations,
  commands: readonly SequenceCommand[],
) {
  const steps: Exchange[] = [];
  try {
    await runSequence(commands, sequenceContextFor(run, resource, NONCES_PER_SEQUENCE), (exchange) =>
      steps.push(exchange),
    );
  } catch (error) {
    if (!(error instanceof SequenceStopped)) throw error;
  }
  return steps;
}

/** Nonces a sequence may use: one per request, and one per id no user has. */
const NONCES_PER_SEQUENCE = 4 * MAX_COMMANDS;

/**
 * The shortest sequence that still fails `check` for `cause`, unless shrinking is off, replaying, or the run has
 * stopped.
 */
async function shrinkSequence(
  run: PlanRun,
  resource: ResourceOperations,
  arbitrary: fc.Arbitrary<SequenceCommand[]>,
  failing: { check: ExchangeCheck; cause: string },
  failure: FirstFailure,
): Promise<(FirstFailure & { path: string }) | undefined> {
  const { input, sender } = run;
  if (input.replay || sender.stopped() !== undefined || input.shrinkTimeLimitMs <= 0) return undefined;
  const { check } = failing;
  input.onProgress?.({ phase: 'shrinking', label: check.id, done: 0, total: 1, requests: sender.requests() });
  let last: FirstFailure | undefined;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (commands) => {
      const found = await sequenceFailure(run, resource, commands, {
        ...failing,
        nonces: NONCES_PER_SEQUENCE,
      });
      if (found) last = { runIndex: failure.runIndex, ...found };
      return found === undefined;
    }),
    {
      seed: input.seed,
      numRuns: input.runs,
      path: String(failure.runIndex),
      interruptAfterTimeLimit: Math.max(1, input.shrinkTimeLimitMs),
      markInterruptAsFailure: false,
    },
  );
  if (details.interrupted) {
    run.warnings.push(
      `shrinking ${check.id} (sequences) stopped after ${input.shrinkTimeLimitMs} ms: its sequence may not be minimal`,
    );
  }
  if (!details.failed || last === undefined || details.counterexamplePath === null) return undefined;
  return { ...last, path: details.counterexamplePath };
}

function replaySequence(
  arbitrary: fc.Arbitrary<SequenceCommand[]>,
  seed: number,
  path: string,
): SequenceCommand[] {
  try {
    return caseAtPath(arbitrary, seed, path);
  } catch {
    throw new UsageError(`--path ${path} leads to no sequence with seed ${seed}`);
  }
}

/** A resource's sequences report each check once per cause (shrunk separately, so each is minimal). */
function partitionOf(resource: ResourceOperations): string {
  return `sequences ${resource.create.operation.operationId}`;
}

function pathOf(run: PlanRun, runIndex: number): string {
  return run.input.replay?.path ?? String(runIndex);
}

function replayOf(run: PlanRun, path: string, exchange: Exchange): Replay {
  const { seed, runId } = run.input;
  return { seed, path, group: SEQUENCES_GROUP, runId, case: exchange.testCase.label };
}
