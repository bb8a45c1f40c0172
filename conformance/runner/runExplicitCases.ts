import type { TestCase } from '../model/testCase';
import { canSend, NO_FORBIDDEN_TOKEN, type PlanRun } from './planRun';
import { sendCases } from './sendCases';

/**
 * Phase 1: the fixtures, edge values and other explicit cases, in order. Each is reported as itself (a curated
 * case needs no shrinking), once per check and distinct cause for each credential mode and body mode.
 */
export async function runExplicitCases(run: PlanRun, cases: readonly TestCase[]): Promise<void> {
  const { evaluator, sender, violations, input } = run;
  const sendable = cases.filter((testCase) => canSend(run, testCase));
  for (const testCase of cases) if (!canSend(run, testCase)) evaluator.notSent(testCase, NO_FORBIDDEN_TOKEN);
  const progress = { phase: 'explicit' as const, label: 'fixtures and edge values' };
  await sendCases(run, sendable, progress, (exchange, index) => {
    const testCase = sendable[index] as TestCase;
    if (exchange === undefined) {
      evaluator.notSent(testCase, sender.stopped() ?? '');
      return;
    }
    const partition = `explicit ${testCase.credentials.mode}/${testCase.body.mode}`;
    const replay = { seed: input.seed, runId: input.runId, case: testCase.label };
    for (const [checkId, found] of evaluator.evaluate(exchange)) {
      violations.addDistinct(partition, checkId, exchange, found, replay);
    }
  });
}
