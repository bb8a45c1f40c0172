import { UsageError } from '../../core/errors';
import type { CaseGroup } from '../cases/planCases';
import type { CheckSummary, ReportedViolation } from '../model/report';
import { type PlanRun, type RunPlanInput, startPlanRun } from './planRun';
import { runExplicitCases } from './runExplicitCases';
import { runGeneratedGroup } from './runGeneratedGroup';

export interface PlanResult {
  checkSummaries: CheckSummary[];
  violations: ReportedViolation[];
  requests: number;
  requestsByOperation: ReadonlyMap<string, number>;
  clockOffsetMs?: number;
  warnings: string[];
}

/**
 * Sends the plan's cases and judges each exchange as it comes back, in order: the explicit cases (phase 1),
 * then each generated group with its failures shrunk (phase 2). Run checks judge each exchange against the
 * earlier ones as they go, so no exchange is kept for the end but those a reported violation shows.
 */
export async function runPlan(input: RunPlanInput): Promise<PlanResult> {
  const run = startPlanRun(input);
  if (!input.replay) await runExplicitCases(run, input.plan.explicit);
  for (const group of groupsToRun(run)) await runGeneratedGroup(run, group);
  const stopped = run.sender.stopped();
  const clockOffsetMs = run.evaluator.clockOffsetMs();
  return {
    checkSummaries: run.evaluator.checkSummaries(),
    violations: run.violations.list(),
    requests: run.sender.requests(),
    requestsByOperation: run.sender.requestsByOperation(),
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
    warnings: [...(stopped !== undefined ? [stopped] : []), ...run.warnings],
  };
}

/** The groups a run sends: all of them, or the one `--group` names. */
function groupsToRun(run: PlanRun): CaseGroup[] {
  const { plan, replay } = run.input;
  const groups = plan.groups.filter((group) => !replay?.group || group.name === replay.group);
  if (replay?.group && groups.length === 0) {
    const names = plan.groups.map((group) => group.name).join(', ');
    throw new UsageError(`--group must be one of ${names}, got '${replay.group}'`);
  }
  return groups;
}
