import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ExpressionContext, evaluate, interpolate, truthy } from './actionsExpression';

export interface WorkflowStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

export interface StepResult {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  /** What the step printed (stdout and stderr, interleaved). */
  log: string;
  outputs: Record<string, string>;
}

export interface JobRun {
  steps: StepResult[];
  /** The job page's summary: every step's `$GITHUB_STEP_SUMMARY`, in order. */
  summary: string;
  failed: boolean;
  /** The job's `$RUNNER_TEMP`. */
  runnerTemp: string;
  step(name: string): StepResult;
}

export interface Emulation {
  /** The checked-out repository: the job's working directory. */
  workspace: string;
  /** The `github` context: `event_name`, `sha`, `base_ref`, `event` (the webhook payload). */
  github: { event_name: string; sha: string; base_ref?: string; event: Record<string, unknown> };
  secrets: Record<string, string>;
  /** Values that replace the workflow's `env:` (e.g. CONTRACT_TARGET on a free port). */
  envOverrides?: Record<string, string>;
  /** Variables of the runner's machine (PATH, HOME). */
  machineEnv: Record<string, string>;
  /** What an action (`uses:`) does here: its outputs. Actions not listed fail the emulation. */
  actions: Record<string, (step: WorkflowStep) => Record<string, string>>;
}

/**
 * Runs a workflow job's steps in order as GitHub's runner does, on this machine: `if:` conditions, the
 * `env:` of the workflow, job and step with their `${{ }}` expressions, `bash -eo pipefail` for `run:`,
 * `$GITHUB_OUTPUT`, `$GITHUB_STEP_SUMMARY`, `$RUNNER_TEMP` and the default `GITHUB_*` variables. Actions are
 * stood in for by `emulation.actions`.
 */
export async function runWorkflowJob(
  workflow: {
    env?: Record<string, string>;
    jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[] }>;
  },
  jobName: string,
  emulation: Emulation,
): Promise<JobRun> {
  const job = workflow.jobs[jobName];
  if (!job) throw new Error(`no job ${jobName}`);
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
  const summaryFile = path.join(runnerTemp, '_summary.md');
  const steps: Record<string, { outcome: string; conclusion: string; outputs: Record<string, string> }> = {};
  const results: StepResult[] = [];
  let failed = false;
  const context = (env: Record<string, string>): ExpressionContext => ({
    contexts: {
      github: emulation.github,
      secrets: emulation.secrets,
      steps,
      env,
      runner: { temp: runnerTemp },
    },
    failed,
  });

  const workflowEnv = { ...resolveEnv(workflow.env, context({})), ...emulation.envOverrides };
  const jobEnv = { ...workflowEnv, ...resolveEnv(job.env, context(workflowEnv)) };
  for (const [index, step] of job.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${index + 1}`;
    const run = truthy(evaluate(step.if ?? 'success()', context(jobEnv)))
      ? await runStep(step, { ...jobEnv, ...resolveEnv(step.env, context(jobEnv)) })
      : { outcome: 'skipped' as const, log: '', outputs: {} };
    if (run.outcome === 'failure') failed = true;
    results.push({ name, ...run });
    if (step.id) steps[step.id] = { outcome: run.outcome, conclusion: run.outcome, outputs: run.outputs };
  }
  return {
    steps: results,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    failed,
    runnerTemp,
    step: (name) => {
      const found = results.find((result) => result.name.startsWith(name));
      if (!found) throw new Error(`no step named ${name}`);
      return found;
    },
  };

  async function runStep(step: WorkflowStep, env: Record<string, string>): Promise<Omit<StepResult, 'name'>> {
    if (step.uses !== undefined) {
      const action = emulation.actions[step.uses.split('@')[0] as string];
      if (!action) throw new Error(`the emulation has no stand-in for ${step.uses}`);
      return { outcome: 'success', log: '', outputs: action(step) };
    }
    const outputFile = path.join(runnerTemp, `_output-${results.length}`);
    writeFileSync(outputFile, '');
    const code = await bash(step.run ?? '', {
      ...emulation.machineEnv,
      ...env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: emulation.github.event_name,
      GITHUB_SHA: emulation.github.sha,
      GITHUB_BASE_REF: emulation.github.base_ref ?? '',
      GITHUB_WORKSPACE: emulation.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
    });
    return {
      outcome: code.status === 0 ? 'success' : 'failure',
      log: code.log,
      outputs: readOutputs(outputFile),
    };
  }

  /** `bash --noprofile --norc -eo pipefail`, GitHub's default shell; output to a file, as background jobs may hold it. */
  function bash(
    script: string,
    env: Record<string, string>,
  ): Promise<{ status: number | null; log: string }> {
    const scriptFile = path.join(runnerTemp, `_step-${results.length}.sh`);
    const logFile = path.join(runnerTemp, `_step-${results.length}.log`);
    writeFileSync(scriptFile, script);
    const log = openSync(logFile, 'w');
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: emulation.workspace,
      env,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    return new Promise((resolve) => {
      child.on('exit', (status) => resolve({ status, log: readFileSync(logFile, 'utf8') }));
    });
  }
}

function resolveEnv(
  env: Record<string, string> | undefined,
  context: ExpressionContext,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env ?? {}).map(([name, value]) => [name, interpolate(String(value), context)]),
  );
}

/** `name=value` lines (the heredoc form is not used by the workflow). */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
  }
  return outputs;
}
