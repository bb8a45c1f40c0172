import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROOF_FORBIDDEN_TOKEN, PROOF_RUN_ID, PROOF_SEED, PROOF_TOKEN } from './support/proofSettings';
import { runCliProcess } from './support/runCliProcess';
import { type ServerProcess, startServerProcess } from './support/startServerProcess';

const RUN_FLAGS = [
  '--runs',
  '10',
  '--seed',
  String(PROOF_SEED),
  '--run-id',
  PROOF_RUN_ID,
  '--timeout-ms',
  '2000',
];

const servers: ServerProcess[] = [];
const start = async (variant?: string) => {
  const server = await startServerProcess({
    ...(variant ? { variant } : {}),
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
  });
  servers.push(server);
  return server;
};
const reportDir = mkdtempSync(path.join(tmpdir(), 'lakesail-proof-'));

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(reportDir, { recursive: true, force: true });
});

test('exits 0 against the reference process, tokens from CONTRACT_TOKEN and CONTRACT_FORBIDDEN_TOKEN', async () => {
  const reference = await start();
  const result = await runCliProcess(['check', '--target', reference.baseUrl, ...RUN_FLAGS], {
    CONTRACT_TOKEN: PROOF_TOKEN,
    CONTRACT_FORBIDDEN_TOKEN: PROOF_FORBIDDEN_TOKEN,
  });
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  expect(result.stdout).toContain(`seed ${PROOF_SEED}`);
  expect(result.stdout).toMatch(/^Passed: no violation/m);
  expect(result.stdout).not.toContain(PROOF_TOKEN);
  expect(result.stdout).not.toContain(PROOF_FORBIDDEN_TOKEN);
});

test('exits 1 against a server that echoes the token, names the check, and never prints the token', async () => {
  const leaky = await start('leaked-token');
  const reportFile = path.join(reportDir, 'leaked-token.json');
  const result = await runCliProcess([
    'check',
    '--target',
    leaky.baseUrl,
    '--token',
    PROOF_TOKEN,
    '--forbidden-token',
    PROOF_FORBIDDEN_TOKEN,
    ...RUN_FLAGS,
    '--report-json',
    reportFile,
  ]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('[no-token-leak]');
  expect(result.stdout).toMatch(/^\s*curl .*-H "Authorization: Bearer \$CONTRACT(_FORBIDDEN)?_TOKEN"/m);
  const report = readFileSync(reportFile, 'utf8');
  expect(JSON.parse(report).violations.map((v: { checkId: string }) => v.checkId)).toContain('no-token-leak');
  // The server put the tokens in its responses; the kit shows them only as their variables.
  for (const output of [result.stdout, result.stderr, report]) {
    expect(output).not.toContain(PROOF_TOKEN);
    expect(output).not.toContain(PROOF_FORBIDDEN_TOKEN);
  }
});

test('exits 1, not 2, against a server that crashes mid-run: a refused connection after the first is a violation', async () => {
  const crashing = await start('crash-on-long-string');
  const result = await runCliProcess([
    'check',
    '--target',
    crashing.baseUrl,
    '--token',
    PROOF_TOKEN,
    '--forbidden-token',
    PROOF_FORBIDDEN_TOKEN,
    ...RUN_FLAGS,
  ]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('[no-connection-error]');
  expect(result.stdout).toMatch(/-H "Authorization: Bearer \$CONTRACT_TOKEN"/);
  expect(await crashing.exited).not.toBe(0);
});
