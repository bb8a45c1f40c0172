import type { ExchangeCheck } from '../model/check';
import type { ResourceOperations } from '../sequences/resourceOperations';
import type { SequenceCommand } from '../sequences/sequenceCommand';
import type { PlanRun } from './planRun';
import { type SequenceFailure, sequenceFailure } from './sequenceFailure';

/** A fixed sequence's failure to shrink: the check and cause, the commands sent, and how many nonces a run of them takes. */
export interface FixedFailure {
  check: ExchangeCheck;
  cause: string;
  commands: readonly SequenceCommand[];
  nonces: number;
}

/**
 * The fewest of a fixed sequence's commands that still fail the check for the cause: each command is left out in
 * turn, last to first, and stays out when the rest still fail (sent afresh each time). Undefined when shrinking is
 * off, the run has stopped, or the failure does not happen again (a flaky server: the sequence as sent is shown).
 */
export async function shrinkFixedSequence(
  run: PlanRun,
  resource: ResourceOperations,
  failure: FixedFailure,
): Promise<SequenceFailure | undefined> {
  const { input, sender } = run;
  if (input.replay || sender.stopped() !== undefined || input.shrinkTimeLimitMs <= 0) return undefined;
  input.onProgress?.({
    phase: 'shrinking',
    label: failure.check.id,
    done: 0,
    total: 1,
    requests: sender.requests(),
  });
  const deadline = performance.now() + input.shrinkTimeLimitMs;
  let commands = [...failure.commands];
  let shown = await sequenceFailure(run, resource, commands, failure);
  for (let index = commands.length - 1; shown && index >= 0; index--) {
    if (performance.now() > deadline || sender.stopped() !== undefined) {
      run.warnings.push(
        `shrinking ${failure.check.id} (a fixed sequence) stopped after ${input.shrinkTimeLimitMs} ms: its sequence may not be minimal`,
      );
      break;
    }
    const fewer = commands.filter((_, at) => at !== index);
    const found = await sequenceFailure(run, resource, fewer, failure);
    if (found) [commands, shown] = [fewer, found];
  }
  return shown;
}
