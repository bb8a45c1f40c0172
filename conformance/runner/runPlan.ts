import type { CheckSummary, ReportedViolation } from '../model/report';
import { type RunPlanInput, startPlanRun } from './planRun';
import { runExplicitCases } from './runExplicitCases';
import { groupsToRun, runGeneratedGroup } from './runGeneratedGroup';

export interface PlanResult {
  checkSummaries: CheckSummary[];
  violations: ReportedViolation[];
  requests: number;
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
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
    warnings: [...(stopped !== undefined ? [stopped] : []), ...run.warnings],
  };
}
