import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type ConformanceReport,
  checks,
  formatReport,
  htmlReport,
  jsonReport,
  junitReport,
  markdownReport,
  runConformance,
} from '../../api';
import { checkFailure } from '../../conformance/jest';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { findSecrets } from '../../conformance/secrets/findSecrets';
import { echoedForms, echoesEveryTokenForm } from '../../servers/hostile/echoes-every-token-form';
import { PROOF_RUN_ID, PROOF_SEED } from './support/proofSettings';
import { runCliProcess } from './support/runCliProcess';
import { type ServerProcess, startServerProcess } from './support/startServerProcess';

// Realistic tokens (RFC 6750 b64token) with characters each encoding writes differently (`~~` makes base64url
// differ from base64).
const TOKEN = 'hst~~Valid/T0ken+9f2c==';
const FORBIDDEN = 'hst~~F0rbidden/Tok+en-4e1a';
const FORMS = ['as is', 'URL-encoded', 'JSON-escaped', 'base64', 'base64url', 'hex'];

/** Every form of either token the kit knows or the server wrote, found in `text`; none is the only answer. */
function tokenFormsIn(text: string, tokens: [string, string] = [TOKEN, FORBIDDEN]): string[] {
  const known = findSecrets(text, createSecrets(...tokens)).map(
    (match) => `${match.secret.variable} ${match.form.name}`,
  );
  const written = tokens
    .flatMap((token) => echoedForms(token))
    .filter((form) => text.includes(form.text))
    .map((form) => `written ${form.name}`);
  return [...known, ...written];
}

/** `variable (form)` of every no-token-leak violation. */
function leaksOf(report: ConformanceReport): Set<string> {
  const leaks = report.violations.filter((violation) => violation.checkId === 'no-token-leak');
  return new Set(leaks.map((violation) => /the token of (\S+ \(.+\))$/.exec(violation.message)?.[1] ?? ''));
}

const everyLeak = [TOKEN, FORBIDDEN].flatMap((_, index) =>
  FORMS.map((form) => `${index === 0 ? 'CONTRACT_TOKEN' : 'CONTRACT_FORBIDDEN_TOKEN'} (${form})`),
);

let server: ServerProcess | undefined;
const folder = mkdtempSync(path.join(tmpdir(), 'hostile-token-echo-'));
afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('the CLI against a server echoing both tokens in every form: exit 1, the leaks named, no form anywhere', async () => {
  server = await startServerProcess({
    variant: 'echoes-every-token-form',
    token: TOKEN,
    forbiddenToken: FORBIDDEN,
  });
  const files = ['json', 'xml', 'md', 'html'].map((extension) => path.join(folder, `report.${extension}`));
  const result = await runCliProcess(
    [
      'check',
      '--target',
      server.baseUrl,
      ...['--runs', '5', '--seed', String(PROOF_SEED), '--run-id', PROOF_RUN_ID, '--timeout-ms', '2000'],
      ...['--report-json', files[0] as string, '--report-junit', files[1] as string],
      ...['--report-markdown', files[2] as string, '--report-html', files[3] as string],
    ],
    { CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN },
  );
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
  expect(result.stdout).toMatch(/^Failed: \d+ violations of 1 check in /m);
  expect(result.stdout).toContain('Token leaked in response [no-token-leak]');
  const [json, junit, markdown, html] = files.map((file) => readFileSync(file, 'utf8'));
  const report = JSON.parse(json as string) as ConformanceReport;
  expect(report.verdict).toBe('fail');
  expect([...leaksOf(report)].sort()).toEqual([...everyLeak].sort());
  expect(junit).toContain('type="no-token-leak"');
  expect(markdown).toContain('`[no-token-leak]`');
  expect(html).toContain('data-check="no-token-leak"');
  for (const output of [result.stdout, result.stderr, json, junit, markdown, html]) {
    expect(tokenFormsIn(output as string)).toEqual([]);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(FORBIDDEN);
  }
}, 60_000);

test('the library and the jest adapter against it: the report, its renderings and every failure message hold no form', async () => {
  const app = await echoesEveryTokenForm({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  const report = await runConformance({
    target: { app },
    token: TOKEN,
    forbiddenToken: FORBIDDEN,
    seed: PROOF_SEED,
    runs: 5,
    runId: PROOF_RUN_ID,
    shrinkTimeLimitMs: 2000,
  });
  expect(report.verdict).toBe('fail');
  expect([...leaksOf(report)].sort()).toEqual([...everyLeak].sort());
  const failures = checks.map((check) => checkFailure(report, check.id) ?? '');
  expect(failures.find((failure) => failure.startsWith('no-token-leak failed on'))).toBeDefined();
  const outputs = [
    JSON.stringify(report),
    jsonReport(report),
    junitReport(report),
    markdownReport(report),
    htmlReport(report),
    formatReport(report),
    formatReport(report, { color: true, quiet: true }),
    ...failures,
  ];
  for (const output of outputs) {
    expect(tokenFormsIn(output)).toEqual([]);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(FORBIDDEN);
  }
}, 60_000);

test('the HTML page read as a browser shows it (entities decoded) holds no form of tokens with markup characters', async () => {
  // Visible ASCII a bearer token may hold, which the page writes as entities: a raw search would miss them.
  const tokens: [string, string] = ['hst<Valid&T0ken>9f2c', "hst'F0rbidden&<Tok>4e1a"];
  const app = await echoesEveryTokenForm({ tokens: [tokens[0]], forbiddenTokens: [tokens[1]] });
  const report = await runConformance({
    target: { app },
    token: tokens[0],
    forbiddenToken: tokens[1],
    seed: PROOF_SEED,
    runs: 5,
    runId: PROOF_RUN_ID,
    shrinkTimeLimitMs: 2000,
  });
  expect(report.verdict).toBe('fail');
  const html = htmlReport(report);
  const shown = html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(shown).toContain('Bearer $CONTRACT_TOKEN');
  for (const output of [html, shown]) {
    expect(tokenFormsIn(output, tokens)).toEqual([]);
    for (const token of tokens) expect(output).not.toContain(token);
  }
}, 60_000);
