import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../cli/runCli';
import { packageRoot } from '../../core/packageRoot';
import { fakeIo } from '../diff/fakeIo';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflowPath = path.join(packageRoot(), 'examples', 'github-actions', 'contract-gate.yml');
const workflow = parse(readFileSync(workflowPath, 'utf8'));
const steps: Step[] = workflow.jobs.contract.steps;
const scripts = steps.flatMap((step) => (step.run ? [step.run] : []));
const stepRunning = (text: string) => steps.find((step) => step.run?.includes(text));

/** Every `npx lakesail-contract <command> --flag ...` in the workflow's scripts. */
function invocations(script: string): { command: string; flags: string[]; text: string }[] {
  const joined = script.replace(/\\\n/g, ' ');
  return [...joined.matchAll(/npx lakesail-contract\s+(\S+)([^\n|;&]*)/g)].map((match) => ({
    command: match[1] ?? '',
    flags: match[2]?.match(/(?<=^|\s)--[a-z][a-z-]*/g) ?? [],
    text: match[0],
  }));
}

/** What is wrong with an invocation, from the CLI's own help: an unknown command or flag. */
async function problemsOf(invocation: { command: string; flags: string[] }): Promise<string[]> {
  const io = fakeIo();
  const code = await runCli([invocation.command, '--help'], io);
  const help = io.stdoutText();
  if (code !== 0 || !help.startsWith(`Usage: lakesail-contract ${invocation.command} `)) {
    return [`no command ${invocation.command}`];
  }
  return invocation.flags
    .filter((flag) => !new RegExp(`(^|[\\s,])${flag}([\\s<\\[]|$)`, 'm').test(help))
    .map((flag) => `${invocation.command} has no flag ${flag}`);
}

test('the workflow checks out the full history, sets up a maintained Node and installs with npm ci', () => {
  const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkout?.with?.['fetch-depth']).toBe(0);
  const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  // Node 20 reached its end of life in April 2026.
  expect([22, 24]).toContain(node?.with?.['node-version']);
  expect(scripts).toContain('npm ci');
  expect(workflow.permissions).toEqual({ contents: 'read' });
});

test('it lints, diffs against the base commit and checks the server, in that order', () => {
  const order = ['lakesail-contract lint', 'lakesail-contract diff', 'npm start', 'lakesail-contract check'];
  const positions = order.map((text) => steps.findIndex((step) => step.run?.includes(text)));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test("lint and check read the team's spec and fixtures, set once beside each other", () => {
  expect(Object.keys(workflow.env)).toEqual(expect.arrayContaining(['SPEC', 'FIXTURES']));
  for (const command of ['lakesail-contract lint', 'lakesail-contract check']) {
    const script = stepRunning(command)?.run ?? '';
    expect({
      command,
      spec: script.includes('--spec "$SPEC"'),
      fixtures: script.includes('--fixtures "$FIXTURES"'),
    }).toEqual({
      command,
      spec: true,
      fixtures: true,
    });
  }
});

test('the check waits for the server it started, and temp files live under $RUNNER_TEMP', () => {
  expect(stepRunning('lakesail-contract check')?.run).toMatch(/--wait-for-target \d+/);
  for (const script of scripts) expect(script).not.toMatch(/\/tmp\//);
});

test('check writes the three reports; they are kept and shown even when a step fails', () => {
  const check = stepRunning('lakesail-contract check');
  expect(check?.run).toContain('--report-junit reports/contract.xml');
  expect(check?.run).toContain('--report-json reports/contract.json');
  expect(check?.run).toContain('--report-markdown reports/contract.md');
  expect(check?.run).toContain('--report-html reports/contract.html');
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  expect(upload?.if).toBe('always()');
  expect(String(upload?.with?.path)).toContain('reports/');
  const summary = stepRunning('cat reports/contract.md >> "$GITHUB_STEP_SUMMARY"');
  expect(summary?.if).toBe('always()');
  // After the upload, so the summary can link the artifact.
  expect(steps.indexOf(summary as Step)).toBeGreaterThan(steps.indexOf(upload as Step));
  expect(summary?.env?.ARTIFACT_URL).toBe(`\${{ steps.upload.outputs.artifact-url }}`);
});

test('tokens come from secrets, only through the environment', () => {
  const check = stepRunning('lakesail-contract check');
  expect(check?.env?.CONTRACT_TOKEN).toBe(`\${{ secrets.CONTRACT_TOKEN }}`);
  for (const script of scripts) {
    expect(script).not.toContain('${{'); // expressions go through env:, never into a script
    expect(script).not.toMatch(/--token\b/);
  }
});

test('every script is valid bash', () => {
  for (const script of scripts) {
    expect(() =>
      execFileSync('bash', ['-n'], { input: script, stdio: ['pipe', 'ignore', 'pipe'] }),
    ).not.toThrow();
  }
});

test('the check of invocations catches an unknown command or flag', async () => {
  expect(await problemsOf({ command: 'frobnicate', flags: [] })).toEqual(['no command frobnicate']);
  expect(await problemsOf({ command: 'diff', flags: ['--base', '--bogus'] })).toEqual([
    'diff has no flag --bogus',
  ]);
  expect(await problemsOf({ command: 'diff', flags: ['--base', '--head', '--report-json'] })).toEqual([]);
});

test('every lakesail-contract command and flag the workflow uses exists in the CLI', async () => {
  const all = scripts.flatMap(invocations);
  expect(all.map((invocation) => invocation.command)).toEqual(['lint', 'diff', 'check']);
  const problems: string[] = [];
  for (const invocation of all) problems.push(...(await problemsOf(invocation)));
  expect(problems).toEqual([]);
});

test('the job page links the artifact that holds the HTML report, which GitHub cannot show in place', () => {
  const script = stepRunning('cat reports/contract.md >> "$GITHUB_STEP_SUMMARY"')?.run ?? '';
  const work = mkdtempSync(path.join(tmpdir(), 'contract-gate-summary-'));
  try {
    mkdirSync(path.join(work, 'reports'));
    writeFileSync(path.join(work, 'reports', 'contract.md'), '## Contract check\n');
    const summary = path.join(work, 'summary.md');
    execFileSync('bash', ['-e', '-c', script], {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/users',
        GITHUB_RUN_ID: '42',
      },
    });
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('contract-reports');
    expect(readFileSync(summary, 'utf8')).toBe(
      "## Contract check\nFull report: contract.html in the [contract-reports artifact](https://github.com/acme/users/actions/runs/42#artifacts) (with the JUnit, JSON and Markdown reports, the diff and the server's log); download it and open it in a browser (GitHub cannot show it in place).\n",
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
