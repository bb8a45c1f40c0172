/**
 * examples/github-actions/contract-gate.yml run as GitHub's runner would: every `run:` step in order, with its
 * `if:`, `env:` and expressions (test/examples/support/runWorkflowJob.ts), in a clone of a team's repository
 * (a local bare "origin"), for a push to main and for pull requests. What is emulated: the actions
 * (checkout is the clone, setup-node this Node, upload-artifact records what it would upload), `npm ci` (the
 * kit linked into node_modules, as npm installs it; `npm start` and `npx` are npm's own), the server's port (a
 * free one instead of 8080) and the few GitHub variables the workflow reads.
 * Time budget: 60 s a scenario, 300 s in all (the jest timeouts below); about 10 s a scenario on 2 cores.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../core/packageRoot';
import { type JobRun, runWorkflowJob } from '../examples/support/runWorkflowJob';
import { ensureBuilt } from '../proof/support/ensureBuilt';

const SCENARIO_BUDGET_MS = 60_000;
const ARTIFACT_URL = 'https://github.com/acme/team-server/actions/runs/7/artifacts/42';
const SECRETS = {
  CONTRACT_TOKEN: 'gate-token-0123456789',
  CONTRACT_FORBIDDEN_TOKEN: 'gate-viewer-0123456789',
};

const root = packageRoot();
const workflow = parse(readFileSync(path.join(root, 'examples/github-actions/contract-gate.yml'), 'utf8'));
const SPEC_FILE = path.join(root, 'spec', 'openapi.yaml');
const FIXTURES_FILE = path.join(root, 'fixtures', 'create-user.yaml');

/** Spec edits a team might push. */
const CHANGES = {
  // Documentation only: safe.
  harmless: (spec: string) =>
    spec.replace('description: The first name of the user.', 'description: The given name of the user.'),
  // A request property gets a maximum length: clients sending longer names are refused.
  breaking: (spec: string) =>
    spec.replace(
      'firstName:\n          type: string\n          description: The first name of the user.',
      'firstName:\n          type: string\n          maxLength: 20000\n          description: The first name of the user.',
    ),
};

let scratch: string;
let bin: string;
let counter = 0;
const gitEnv: Record<string, string> = {
  GIT_AUTHOR_NAME: 'team',
  GIT_AUTHOR_EMAIL: 'team@example.com',
  GIT_COMMITTER_NAME: 'team',
  GIT_COMMITTER_EMAIL: 'team@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(path.join(tmpdir(), 'lakesail-gate-'));
  gitEnv.HOME = scratch;
  bin = path.join(scratch, 'bin');
  mkdirSync(bin);
  // `npm ci` links the kit as npm installs a dependency (node_modules/lakesail-contract and its bins); every
  // other npm command is npm's own.
  const realNpm = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  const bins = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).bin as Record<
    string,
    string
  >;
  const links = Object.entries(bins)
    .map(([name, file]) => `ln -sf ../lakesail-contract/${file} node_modules/.bin/${name}`)
    .join(' && ');
  writeFileSync(
    path.join(bin, 'npm'),
    `#!/bin/sh\nif [ "$1" = ci ]; then\n  mkdir -p node_modules/.bin && ln -sfn "${root}" node_modules/lakesail-contract && ${links}\n  echo "added 1 package (emulated)"\n  exit 0\nfi\nexec "${realNpm}" "$@"\n`,
  );
  chmodSync(path.join(bin, 'npm'), 0o755);
});
/** Process groups of the servers the runs started: killed at the end whatever the workflow's stop step did. */
const serverGroups: number[] = [];
afterAll(() => {
  for (const group of serverGroups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Ended already.
    }
  }
  rmSync(scratch, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, stdio: 'pipe' })
    .toString()
    .trim();

function commitSpec(repo: string, spec: string | undefined, message: string): string {
  if (spec === undefined) rmSync(path.join(repo, 'spec'), { recursive: true, force: true });
  else {
    mkdirSync(path.join(repo, 'spec'), { recursive: true });
    writeFileSync(path.join(repo, 'spec', 'openapi.yaml'), spec);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A team's repository: its server (`npm start` runs the kit's reference server on its own spec), spec, fixtures. */
function teamRepository(initialSpec: string | undefined): { seed: string; origin: string; initial: string } {
  const name = `team-${++counter}`;
  const seed = path.join(scratch, name);
  const origin = path.join(scratch, `${name}.git`);
  mkdirSync(path.join(seed, 'fixtures'), { recursive: true });
  git(seed, 'init', '--quiet', '--initial-branch=main');
  writeFileSync(
    path.join(seed, 'package.json'),
    JSON.stringify({
      name: 'team-server',
      private: true,
      scripts: { start: 'lakesail-reference-server --spec spec/openapi.yaml' },
      devDependencies: { 'lakesail-contract': '0.1.0' },
    }),
  );
  writeFileSync(path.join(seed, '.gitignore'), 'node_modules/\nreports/\n');
  copyFileSync(FIXTURES_FILE, path.join(seed, 'fixtures', 'create-user.yaml'));
  const initial = commitSpec(seed, initialSpec, 'initial');
  git(scratch, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  // As GitHub does: any commit can be fetched by its id (a shallow clone fetches the base this way).
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  git(seed, 'push', '--quiet', origin, 'main');
  return { seed, origin, initial };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Scenario {
  event: 'push' | 'pull_request';
  change: keyof typeof CHANGES;
  /** A pull request from a fork: no secrets. */
  fork?: boolean;
  /** The base commit has no spec yet. */
  newSpec?: boolean;
  cloneArgs?: string[];
  /** `github.event.before` as GitHub sends it, when not the commit before the push (e.g. after a force push). */
  before?: string;
}

interface GateRun extends JobRun {
  uploaded: string[];
  port: number;
}

/** Pushes the change (to main, or to a branch with a pull request), clones as actions/checkout does, runs the job. */
async function gate(scenario: Scenario): Promise<GateRun> {
  const original = readFileSync(SPEC_FILE, 'utf8');
  const { seed, origin, initial } = teamRepository(scenario.newSpec ? undefined : original);
  const work = path.join(scratch, `work-${counter}`);
  let github: Parameters<typeof runWorkflowJob>[2]['github'];
  if (scenario.event === 'push') {
    const sha = commitSpec(seed, CHANGES[scenario.change](original), 'change the spec');
    git(seed, 'push', '--quiet', origin, 'main');
    git(scratch, 'clone', '--quiet', ...(scenario.cloneArgs ?? []), `file://${origin}`, work);
    github = { event_name: 'push', sha, event: { before: scenario.before ?? initial } };
  } else {
    git(seed, 'checkout', '--quiet', '-b', 'feature');
    commitSpec(seed, CHANGES[scenario.change](original), 'change the spec');
    git(seed, 'push', '--quiet', origin, 'feature');
    git(scratch, 'clone', '--quiet', `file://${origin}`, work);
    // GitHub checks out the pull request merged into its target (refs/pull/N/merge).
    git(work, 'checkout', '--quiet', '--detach', 'origin/main');
    git(work, 'merge', '--quiet', '--no-ff', '--no-edit', 'origin/feature');
    const sha = git(work, 'rev-parse', 'HEAD');
    github = {
      event_name: 'pull_request',
      sha,
      base_ref: 'main',
      event: { pull_request: { base: { sha: initial, ref: 'main' } } },
    };
  }
  const port = await freePort();
  let uploaded: string[] = [];
  const run = await runWorkflowJob(workflow, 'contract', {
    workspace: work,
    github,
    secrets: scenario.fork ? {} : SECRETS,
    envOverrides: { CONTRACT_TARGET: `http://127.0.0.1:${port}` },
    machineEnv: {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: scratch,
      PORT: String(port),
      ...gitEnv,
    },
    actions: {
      'actions/checkout': () => ({}),
      'actions/setup-node': () => ({}),
      'actions/upload-artifact': () => {
        const reports = path.join(work, 'reports');
        uploaded = existsSync(reports) ? readdirSync(reports).sort() : [];
        return { 'artifact-url': ARTIFACT_URL };
      },
    },
  });
  const pidFile = path.join(run.runnerTemp, 'server.pid');
  if (existsSync(pidFile)) serverGroups.push(Number(readFileSync(pidFile, 'utf8')));
  return { ...run, uploaded, port };
}

/** Whether anything accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Every process of the server's group has ended (the group is signalled, then polled until it is gone). */
async function groupEnded(run: GateRun): Promise<boolean> {
  const pidFile = path.join(run.runnerTemp, 'server.pid');
  if (!existsSync(pidFile)) return true;
  const group = Number(readFileSync(pidFile, 'utf8'));
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      process.kill(-group, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-group, 'SIGKILL');
  return false;
}

const outcomes = (run: JobRun) => Object.fromEntries(run.steps.map((step) => [step.name, step.outcome]));

test(
  'a push to main with a harmless spec change: every step passes, the server is stopped with all its processes',
  async () => {
    const run = await gate({ event: 'push', change: 'harmless' });
    expect(outcomes(run)).toEqual({
      "Check out (full history, so the base commit's spec is at hand)": 'success',
      'Set up Node.js 24': 'success',
      Install: 'success',
      'Lint the spec and the fixtures': 'success',
      "Diff the spec against the base commit's": 'success',
      'Look for the token': 'success',
      'Start the server under test': 'success',
      'Check the server against the contract': 'success',
      "Show the server's log when the check failed": 'skipped',
      'Stop the server': 'success',
      'Keep the reports': 'success',
      "Show the check's report on the job page": 'success',
    });
    expect(run.step('Diff the spec').log).toContain('diff passed: 1 change');
    expect(run.step('Check the server').log).toMatch(/^Passed: no violation/m);
    expect(run.summary).toContain('### Spec diff against the commit before the push');
    expect(run.summary).toContain(
      `Full report: contract.html in the [contract-reports artifact](${ARTIFACT_URL})`,
    );
    expect(run.uploaded).toEqual([
      'contract.html',
      'contract.json',
      'contract.md',
      'contract.xml',
      'diff.json',
      'server.log',
    ]);
    expect(await groupEnded(run)).toBe(true);
    expect(await listening(run.port)).toBe(false);
    const everything = `${run.summary}${run.steps.map((step) => step.log).join('')}`;
    expect(everything).not.toContain(SECRETS.CONTRACT_TOKEN);
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a push to main with a breaking spec change fails the gate at the diff; the other steps still run',
  async () => {
    const run = await gate({ event: 'push', change: 'breaking' });
    expect(run.failed).toBe(true);
    expect(run.step('Diff the spec').outcome).toBe('failure');
    expect(run.step('Diff the spec').log).toContain('[request-max-length-changed]');
    expect(run.step('Lint the spec').outcome).toBe('success');
    expect(run.step('Check the server').outcome).toBe('success');
    expect(await groupEnded(run)).toBe(true);
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a pull request with a breaking spec change fails against its merge base',
  async () => {
    const run = await gate({ event: 'pull_request', change: 'breaking' });
    expect(run.step('Diff the spec').outcome).toBe('failure');
    expect(run.step('Diff the spec').log).toContain('[request-max-length-changed]');
    expect(run.summary).toContain('### Spec diff against the base of this pull request (main)');
    expect(run.failed).toBe(true);
    expect(await groupEnded(run)).toBe(true);
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a pull request from a fork (no secrets): the check is skipped with a notice, lint and diff run, the gate passes',
  async () => {
    const run = await gate({ event: 'pull_request', change: 'harmless', fork: true });
    expect(run.step('Look for the token').log).toContain('::notice title=Contract check skipped::');
    expect(run.step('Lint the spec').outcome).toBe('success');
    expect(run.step('Diff the spec').log).toContain('diff passed: 1 change');
    expect(run.step('Start the server').outcome).toBe('skipped');
    expect(run.step('Check the server').outcome).toBe('skipped');
    expect(run.summary).toContain('Contract check skipped: no CONTRACT_TOKEN secret');
    expect(run.summary).toContain('No conformance report: the check did not run');
    expect(run.failed).toBe(false);
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a shallow clone fetches the commit before the push and diffs all the same',
  async () => {
    const run = await gate({ event: 'push', change: 'breaking', cloneArgs: ['--depth=1'] });
    expect(run.step('Diff the spec').log).toContain('[request-max-length-changed]');
    expect(run.step('Diff the spec').outcome).toBe('failure');
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a new spec (none in the base commit) skips the diff with a notice',
  async () => {
    const run = await gate({ event: 'push', change: 'harmless', newSpec: true, fork: true });
    expect(run.step('Diff the spec').outcome).toBe('success');
    expect(run.step('Diff the spec').log).toMatch(
      /::notice title=Spec diff skipped::the commit before the push \([0-9a-f]{40}\) has no spec\/openapi.yaml \(a new spec\)/,
    );
    expect(run.summary).toContain('Spec diff skipped');
  },
  SCENARIO_BUDGET_MS,
);

test(
  'a base commit that cannot be fetched (gone after a force push) skips the diff with a notice',
  async () => {
    const gone = 'f'.repeat(40);
    const run = await gate({ event: 'push', change: 'breaking', before: gone, fork: true });
    expect(run.step('Diff the spec').outcome).toBe('success');
    expect(run.step('Diff the spec').log).toContain(
      `::notice title=Spec diff skipped::the commit before the push (${gone}) cannot be fetched`,
    );
    expect(run.summary).toContain('Spec diff skipped');
  },
  SCENARIO_BUDGET_MS,
);
