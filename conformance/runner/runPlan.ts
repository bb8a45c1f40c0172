import { UsageError } from '../../core/errors';
import type { CaseGroup } from '../cases/planCases';
import type { LearnedChoice } from '../model/learnedChoice';
import type { CheckSummary, ReportedViolation } from '../model/report';
import { BURST_SIZE, burstSequence } from '../sequences/burstSequence';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { MAX_COMMANDS } from '../sequences/sequenceArbitrary';
import { tourSequence } from '../sequences/tourSequence';
import { uniquenessSequences } from '../sequences/uniquenessSequences';
import { type PlanRun, type RunPlanInput, startPlanRun } from './planRun';
import { runExplicitCases } from './runExplicitCases';
import { BURSTS_GROUP, runFixedSequence, TOUR_GROUP, UNIQUENESS_GROUP } from './runFixedSequence';
import { runFixtureSequences } from './runFixtureSequences';
import { runGeneratedGroup } from './runGeneratedGroup';
import { runSequences, SEQUENCES_GROUP } from './runSequences';

export interface PlanResult {
  checkSummaries: CheckSummary[];
  violations: ReportedViolation[];
  requests: number;
  requestsByOperation: ReadonlyMap<string, number>;
  clockOffsetMs?: number;
  warnings: string[];
  choices: LearnedChoice[];
}

/**
 * Sends the plan's cases and judges each exchange as it comes back, in order: the explicit cases (phase 1),
 * then each generated group with its failures shrunk (phase 2), then, per resource, the tour of its rules, the
 * fixtures of its describe and update (each its own short sequence), its random sequences, shrunk too (phase 3),
 * and its bursts of concurrent requests (phase 4). Run checks judge each exchange against the
 * earlier ones as they go, so no exchange is kept for the end but those a reported violation shows.
 */
export async function runPlan(input: RunPlanInput): Promise<PlanResult> {
  const run = startPlanRun(input);
  const sequencesOnly = input.replay?.group === SEQUENCES_GROUP;
  if (sequencesOnly && !input.resources.some(hasRandomSequences)) {
    throw new UsageError(
      `--group ${SEQUENCES_GROUP}: this run tests no describe or update operation, so it sends no random sequences`,
    );
  }
  if (!input.replay) await runExplicitCases(run, input.plan.explicit);
  if (!sequencesOnly) for (const group of groupsToRun(run)) await runGeneratedGroup(run, group);
  for (const resource of input.resources) await runResource(run, resource, sequencesOnly);
  const stopped = run.sender.stopped();
  const clockOffsetMs = run.evaluator.clockOffsetMs();
  return {
    checkSummaries: run.evaluator.checkSummaries(),
    violations: run.violations.list(),
    requests: run.sender.requests(),
    requestsByOperation: run.sender.requestsByOperation(),
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
    warnings: [...(stopped !== undefined ? [stopped] : []), ...run.warnings],
    choices: run.choices,
  };
}

/**
 * Phases 3 and 4 for one resource: its tour, the sequences that learn and test its uniqueness rules, the
 * fixtures of its describe and update, its random sequences, its bursts (only the random sequences replay on
 * their own).
 */
async function runResource(
  run: PlanRun,
  resource: ResourceOperations,
  sequencesOnly: boolean,
): Promise<void> {
  const { input } = run;
  if (!input.replay) {
    const commands = tourSequence(resource, input.hasForbiddenToken, input.seed);
    await runFixedSequence(run, resource, {
      group: TOUR_GROUP,
      commands,
      nonces: 4 * MAX_COMMANDS,
      shrinks: true,
    });
    for (const unique of uniquenessSequences(resource, input.seed)) {
      await runFixedSequence(run, resource, {
        group: UNIQUENESS_GROUP,
        commands: unique,
        nonces: 4 * MAX_COMMANDS,
        shrinks: true,
      });
    }
    await runFixtureSequences(run, resource);
  }
  if ((!input.replay || sequencesOnly) && hasRandomSequences(resource)) await runSequences(run, resource);
  if (!input.replay) {
    const commands = burstSequence(resource, input.seed);
    await runFixedSequence(run, resource, {
      group: BURSTS_GROUP,
      commands,
      nonces: 8 * BURST_SIZE,
      shrinks: false,
    });
  }
}

/**
 * Random sequences test what a describe or an update shows after the requests before it; a resource tested by
 * its create alone has its tour (a refused create, then its values reused) and its bursts of creates, which
 * cover what sequences of creates would, in a tenth of the requests.
 */
function hasRandomSequences(resource: ResourceOperations): boolean {
  return resource.describe !== undefined || resource.update !== undefined;
}

/** The groups a run sends: all of them, or the one `--group` names. */
function groupsToRun(run: PlanRun): CaseGroup[] {
  const { plan, replay } = run.input;
  const groups = plan.groups.filter((group) => !replay?.group || group.name === replay.group);
  if (replay?.group && groups.length === 0) {
    const sequences = run.input.resources.some(hasRandomSequences) ? [SEQUENCES_GROUP] : [];
    const names = [...plan.groups.map((group) => group.name), ...sequences].join(', ');
    throw new UsageError(`--group must be one of ${names}, got '${replay.group}'`);
  }
  return groups;
}
