import { fixtureSequences } from '../sequences/fixtureSequences';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { forEachInOrder } from './forEachInOrder';
import type { PlanRun } from './planRun';
import {
  type FixedSequence,
  type FixedSequenceFailures,
  judgeFixedSequence,
  reportFixedSequence,
  sendFixedSequence,
} from './runFixedSequence';

/** The `group` in reports of the sequences that send the fixtures of a resource's describe and update. */
export const FIXTURES_GROUP = 'fixtures';

/** Nonces one fixture's sequence may use: its create, its request, the describe after it, an id no user has. */
const NONCES_PER_FIXTURE = 4;

/**
 * Phase 3, per resource, after its tour: each fixture of its describe and update, as its own short sequence (up
 * to `concurrency` at a time, judged in order). Like the tour, each distinct cause of a failing check is reported
 * once, unshrunk, with the steps of that fixture alone; fixtures the spec disagrees with are warned about.
 */
export async function runFixtureSequences(run: PlanRun, resource: ResourceOperations): Promise<void> {
  const { input } = run;
  const { sequences, warnings } = fixtureSequences(resource, input.fixtures, input.seed);
  run.warnings.push(...warnings);
  const fixed = sequences.map(
    (sequence): FixedSequence => ({
      group: FIXTURES_GROUP,
      commands: sequence.commands,
      nonces: NONCES_PER_FIXTURE,
      // A fixture's sequence is already its few steps: a create, the fixture's request, a describe.
      shrinks: false,
    }),
  );
  let done = 0;
  const progress = () =>
    input.onProgress?.({
      phase: 'sequences',
      label: FIXTURES_GROUP,
      done,
      total: fixed.length,
      requests: run.sender.requests(),
    });
  if (fixed.length > 0) progress();
  const judged: FixedSequenceFailures[] = [];
  await forEachInOrder(
    fixed,
    input.concurrency,
    (sequence) => sendFixedSequence(run, resource, sequence),
    (steps, index) => {
      judged.push(judgeFixedSequence(run, resource, fixed[index] as FixedSequence, steps));
      done += 1;
      progress();
    },
  );
  for (const [index, failures] of judged.entries()) {
    await reportFixedSequence(run, resource, fixed[index] as FixedSequence, failures);
  }
}
