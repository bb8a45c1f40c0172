import type { RequestFixture } from '../../core/fixtures/requestFixture';
import type { Contract } from '../../core/spec/loadContract';
import type { Spec } from '../../core/spec/loadSpec';
import type { CasePlan } from '../cases/planCases';
import type { Check, CheckContext } from '../model/check';
import type { LearnedChoice } from '../model/learnedChoice';
import type { RunProgress } from '../model/runProgress';
import type { TestCase } from '../model/testCase';
import type { ResourceOperations } from '../sequences/resourceOperations';
import type { OpenTarget } from '../target/openTarget';
import { createCheckContext } from './createCheckContext';
import { createEvaluator, type Evaluator } from './createEvaluator';
import { createSender, type Sender } from './createSender';
import { createViolationLog, type ViolationLog } from './createViolationLog';

export interface RunPlanInput {
  spec: Spec;
  /** The contract focused on each operation the plan's cases go to; undefined for one without a JSON request body. */
  contractOf(operationId: string): Contract | undefined;
  plan: CasePlan;
  /** The resources tested in sequences (a create, with the describe and update the run tests). */
  resources: readonly ResourceOperations[];
  /**
   * The curated requests, by operationId: those of the resources' describes and updates are sent as short
   * sequences (a create's are explicit cases of `plan`).
   */
  fixtures: ReadonlyMap<string, readonly RequestFixture[]>;
  checks: readonly Check[];
  /** Puts the nonce into the case's unique values; called right before each request. */
  withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase;
  target: OpenTarget;
  hasForbiddenToken: boolean;
  seed: number;
  runs: number;
  runId: string;
  timeoutMs: number;
  maxClockSkewMs: number;
  maxResponseBytes: number;
  concurrency: number;
  shrinkTimeLimitMs: number;
  /** Replays the case at this path (of `replay.group`, or of every group) instead of a whole run. */
  replay?: { path: string; group?: string };
  onProgress?(progress: RunProgress): void;
}

/** What the phases of a run share: how it sends, how it judges, what it reports. */
export interface PlanRun {
  input: RunPlanInput;
  sender: Sender;
  evaluator: Evaluator;
  context: CheckContext;
  violations: ViolationLog;
  /** Things the user should know that are not violations. */
  warnings: string[];
  /** The choices the contract leaves open that the server's answers showed, in the order learned. */
  choices: LearnedChoice[];
}

/** Why forbidden-token cases were not sent; also the run's warning, so it is printed once. */
export const NO_FORBIDDEN_TOKEN =
  'no forbidden token: the 403 cases were not sent (give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN)';

export function startPlanRun(input: RunPlanInput): PlanRun {
  const context = createCheckContext(input.spec, input);
  return {
    input,
    sender: createSender(input),
    evaluator: createEvaluator(input.checks, context),
    context,
    violations: createViolationLog(),
    warnings: [],
    choices: [],
  };
}

/** False for a forbidden-token case when the run has no forbidden token. */
export function canSend(run: PlanRun, testCase: TestCase): boolean {
  return testCase.credentials.mode !== 'forbidden' || run.input.hasForbiddenToken;
}
