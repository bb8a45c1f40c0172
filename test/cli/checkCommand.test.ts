import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runCli } from '../../cli/runCli';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { intercept, sendJson } from '../runner/support/localServer';
import { fakeIo } from '../support/fakeIo';
import { type LocalServer, serveLocally } from '../support/serveLocally';
import { createScratch } from '../support/specCopy';

const TOKEN = 'cli-test-token-0123456789';
const FORBIDDEN = 'cli-test-forbidden-0123456789';
const FAST = ['--runs', '3', '--timeout-ms', '2000'];
const SHORT =
  'is shorter than 8 characters: give the real bearer token (one that short cannot be told apart from ordinary text in responses and reports)';

let reference: LocalServer;
let broken: LocalServer;
let recording: LocalServer;
const recorded: { headers: IncomingHttpHeaders; body: string }[] = [];
let folder: string;

beforeAll(async () => {
  const app = await createReferenceApp({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  reference = await serveLocally(app);
  // Answers 200 instead of 201 when a value contains an "X".
  broken = await serveLocally(
    intercept(app, (_request, body, response) => {
      if (!body.toString('utf8').includes('X')) return false;
      sendJson(response, 200, { message: 'ok' });
      return true;
    }),
  );
  recording = await serveLocally(
    intercept(app, (request, body) => {
      const { authorization, 'content-type': contentType, 'content-length': length } = request.headers;
      recorded.push({
        headers: { authorization, 'content-type': contentType, 'content-length': length },
        body: body.toString('latin1'),
      });
      return false;
    }),
  );
  folder = mkdtempSync(path.join(tmpdir(), 'check-command-'));
});

afterAll(async () => {
  await Promise.all([reference.close(), broken.close(), recording.close()]);
  rmSync(folder, { recursive: true, force: true });
});

async function check(args: string[], env: Record<string, string | undefined> = {}, isTTY = false) {
  const io = fakeIo({ CI: 'false', ...env });
  io.isTTY = isTTY;
  const code = await runCli(['check', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('lakesail-contract check', () => {
  test('exit 0 on the reference server: seed and run id first, verdict last', async () => {
    const { code, out, err } = await check([
      '--target',
      reference.baseUrl,
      '--token',
      TOKEN,
      '--forbidden-token',
      FORBIDDEN,
      '--seed',
      '11',
      '--run-id',
      'cli1',
      ...FAST,
    ]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `lakesail-contract check: seed 11 (--seed), run id cli1, target ${reference.baseUrl}`,
    );
    expect(lines.at(-1)).toMatch(/^Passed: no violation in \d+ requests, [\d.]+ s \(seed 11, run id cli1\)$/);
    expect(out).toContain('status-code-conformance');
  });

  test('the printed duration counts from the process start, as the wall clock does; the JSON report too', async () => {
    const io = fakeIo({ CI: 'false' });
    // A process that started a minute ago (module loading, a slow disk): its run cannot have taken less.
    io.startedAt = Date.now() - 60_000;
    const reportJson = path.join(folder, 'since-start.json');
    const args = ['--target', reference.baseUrl, '--token', TOKEN, '--forbidden-token', FORBIDDEN, ...FAST];
    const code = await runCli(['check', ...args, '--report-json', reportJson], io);
    expect(code).toBe(0);
    expect(io.out.trimEnd().split('\n').at(-1)).toMatch(/, 6\d\.\d s \(seed/);
    const report = JSON.parse(readFileSync(reportJson, 'utf8'));
    expect(report.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(report.startedAt).toBe(new Date(io.startedAt).toISOString());
  });

  test('exit 1 on violations, each with its curl line and replay flags; no token in the output', async () => {
    const { code, out } = await check([
      '--target',
      broken.baseUrl,
      '--token',
      TOKEN,
      '--seed',
      '11',
      '--run-id',
      'cli2',
      '--runs',
      '30',
      // A generated case's curl line and replay flags: CreateUser's groups show them, in a fifth of the time.
      '--operations',
      'CreateUser',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('POST /api/org/v1/users — Unexpected status code [status-code-conformance]');
    expect(out).toContain(
      `curl -X POST '${broken.baseUrl}/api/org/v1/users' -H "Authorization: Bearer $CONTRACT_TOKEN"`,
    );
    expect(out).toMatch(/Replay: --seed 11 --group \S+ --path "[\d:]+" --run-id cli2/);
    expect(out).toMatch(/\nFailed: \d+ violations? of \d+ checks? in \d+ requests/);
    expect(out).not.toContain(TOKEN);
  });

  test('--path and --group replay exactly the reported case', async () => {
    const firstFile = path.join(folder, 'first.json');
    const againFile = path.join(folder, 'again.json');
    const base = ['--target', broken.baseUrl, '--token', TOKEN, '--seed', '11', '--run-id', 'cli3'];
    base.push('--operations', 'CreateUser');
    expect((await check([...base, '--runs', '30', '--report-json', firstFile])).code).toBe(1);
    const first = JSON.parse(readFileSync(firstFile, 'utf8'));
    const shrunk = first.violations.find((violation: { replay: { path?: string } }) => violation.replay.path);
    expect(shrunk.replay.path).toMatch(/^\d+(:\d+)+$/);
    const again = await check([
      ...base,
      '--group',
      shrunk.replay.group,
      '--path',
      shrunk.replay.path,
      '--report-json',
      againFile,
    ]);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/ in 1 request, /);
    const replayed = JSON.parse(readFileSync(againFile, 'utf8')).violations[0];
    // The same case; only the nonce differs, as it does for every request.
    const withoutNonce = (text: string) => text.replace(/\.?cli3[0-9a-z]+/g, '');
    expect(withoutNonce(replayed.request.bodyText)).toBe(withoutNonce(shrunk.request.bodyText));
    expect(replayed.replay).toMatchObject({ path: shrunk.replay.path, group: shrunk.replay.group });
  });

  test('the same seed and run id send the same requests byte for byte; another run id does not', async () => {
    const run = async (runId: string) => {
      recorded.length = 0;
      const { code } = await check([
        '--target',
        recording.baseUrl,
        '--token',
        TOKEN,
        '--forbidden-token',
        FORBIDDEN,
        '--seed',
        '5',
        '--run-id',
        runId,
        '--runs',
        '5',
      ]);
      expect(code).toBe(0);
      return JSON.stringify(recorded);
    };
    const one = await run('same1');
    const two = await run('same1');
    const other = await run('other1');
    expect(recorded.length).toBeGreaterThan(50);
    expect(two).toBe(one);
    expect(other).not.toBe(one);
  });

  test('a token written where the kit does not expect one (here the target URL) is hidden in stdout and the report', async () => {
    const file = path.join(folder, 'token-in-url.json');
    const target = `${reference.baseUrl}/gateway/${FORBIDDEN}`;
    const args = [
      '--target',
      target,
      '--token',
      TOKEN,
      '--forbidden-token',
      FORBIDDEN,
      '--seed',
      '1',
      ...FAST,
    ];
    const { code, out, err } = await check([...args, '--report-json', file]);
    expect(code).toBe(1);
    expect(out).toContain(`target ${reference.baseUrl}/gateway/$CONTRACT_FORBIDDEN_TOKEN`);
    for (const text of [out, err, readFileSync(file, 'utf8')]) expect(text).not.toContain(FORBIDDEN);
  });

  test('tokens come from the environment; a flag wins over it', async () => {
    const fromEnv = await check(['--target', reference.baseUrl, '--seed', '1', ...FAST], {
      CONTRACT_TOKEN: TOKEN,
    });
    expect(fromEnv.code).toBe(0);
    const flagWins = await check(['--target', reference.baseUrl, '--token', TOKEN, '--seed', '1', ...FAST], {
      CONTRACT_TOKEN: 'wrong-token-000000000',
    });
    expect(flagWins.code).toBe(0);
    const wrong = await check(['--target', reference.baseUrl, '--seed', '1', ...FAST], {
      CONTRACT_TOKEN: 'wrong-token-000000000',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.out).not.toContain('wrong-token-000000000');
  });

  test('--report-json writes the report, tokens redacted', async () => {
    const file = path.join(folder, 'report.json');
    const { code } = await check([
      '--target',
      broken.baseUrl,
      '--token',
      TOKEN,
      '--forbidden-token',
      FORBIDDEN,
      '--seed',
      '11',
      '--run-id',
      'cli4',
      '--runs',
      '30',
      '--report-json',
      file,
    ]);
    expect(code).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(FORBIDDEN);
    const report = JSON.parse(text);
    expect(report).toMatchObject({
      seed: 11,
      runId: 'cli4',
      target: broken.baseUrl,
      verdict: 'fail',
      runs: 30,
    });
    expect(report.requests).toBeGreaterThan(0);
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(report.checks.length).toBeGreaterThan(5);
    for (const key of ['id', 'passed', 'failed', 'skipped', 'inconclusive'])
      expect(report.checks[0]).toHaveProperty(key);
    for (const key of ['checkId', 'title', 'message', 'request', 'response', 'curl', 'replay']) {
      expect(report.violations[0]).toHaveProperty(key);
    }
    expect(report.violations[0].request.headers.authorization).toBe('Bearer $CONTRACT_TOKEN');
  });

  test('--report-junit, --report-markdown and --report-html write the same run for CI pages, tokens redacted', async () => {
    const junit = path.join(folder, 'report.xml');
    const markdown = path.join(folder, 'report.md');
    const html = path.join(folder, 'report.html');
    const { code } = await check([
      '--target',
      broken.baseUrl,
      '--token',
      TOKEN,
      '--forbidden-token',
      FORBIDDEN,
      '--seed',
      '11',
      '--run-id',
      'cli5',
      '--runs',
      '30',
      '--operations',
      'CreateUser',
      '--report-junit',
      junit,
      '--report-markdown',
      markdown,
      '--report-html',
      html,
    ]);
    expect(code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      '<testcase classname="CreateUser POST /api/org/v1/users" name="status-code-conformance: ',
    );
    expect(xml).toMatch(/<failure message="[^"]+" type="status-code-conformance">/);
    expect(xml).toContain('-H &quot;Authorization: Bearer $CONTRACT_TOKEN&quot;');
    const summary = readFileSync(markdown, 'utf8');
    expect(summary).toContain('❌ **CreateUser breaks the contract');
    expect(summary).toContain('`[status-code-conformance]`');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<title>Failed: CreateUser — lakesail-contract</title>');
    expect(page).toContain('data-check="status-code-conformance"');
    expect(page).toContain('-H &quot;Authorization: Bearer $CONTRACT_TOKEN&quot;');
    for (const text of [xml, summary, page]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(FORBIDDEN);
    }
  });

  test('a report folder that does not exist yet is made, as CI steps expect', async () => {
    const file = path.join(folder, 'made', 'by', 'check', 'contract.xml');
    const { code } = await check([
      '--target',
      reference.baseUrl,
      '--token',
      TOKEN,
      '--report-junit',
      file,
      ...FAST,
    ]);
    expect(code).toBe(0);
    expect(XMLValidator.validate(readFileSync(file, 'utf8'))).toBe(true);
  });

  test('--quiet prints only the violations and the verdict (the header goes to stderr)', async () => {
    const quiet = await check([
      '--target',
      reference.baseUrl,
      '--token',
      TOKEN,
      '--seed',
      '1',
      '--run-id',
      'q1',
      '--quiet',
      ...FAST,
    ]);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toMatch(
      /^Passed: no violation in \d+ requests, [\d.]+ s, some cases skipped \(seed 1, run id q1\)\n$/,
    );
    expect(quiet.err).toBe(
      `lakesail-contract check: seed 1 (--seed), run id q1, target ${reference.baseUrl}\n`,
    );
  });

  test('colours on a terminal, never with NO_COLOR', async () => {
    const args = ['--target', reference.baseUrl, '--token', TOKEN, '--seed', '1', ...FAST];
    expect((await check(args, {}, true)).out).toContain('\u001b[');
    expect((await check(args, { NO_COLOR: '1' }, true)).out).not.toContain('\u001b[');
    expect((await check(args, {}, false)).out).not.toContain('\u001b[');
  });

  test('in CI without --seed the seed comes from the commit and is printed with its source', async () => {
    const sha = '1b64009aaaabbbbccccddddeeeeffff000011112';
    const env = { CI: 'true', GITHUB_SHA: sha };
    const one = await check(['--target', reference.baseUrl, '--token', TOKEN, ...FAST], env);
    const two = await check(['--target', reference.baseUrl, '--token', TOKEN, ...FAST], env);
    const seed = Number.parseInt(sha.slice(0, 8), 16) % (2 ** 31 - 1);
    expect(one.out).toMatch(
      new RegExp(
        `^lakesail-contract check: seed ${seed} \\(commit 1b64009aaaab \\(GITHUB_SHA\\)\\), run id [a-z0-9]{6},`,
      ),
    );
    expect(two.out.split(',')[0]).toBe(one.out.split(',')[0]);
    const local = await check(['--target', reference.baseUrl, '--token', TOKEN, ...FAST], { CI: undefined });
    expect(local.out).toMatch(/^lakesail-contract check: seed \d+ \(random\), run id/);
  });

  const usage: [string, string[], Record<string, string>, string][] = [
    [
      'no token at all',
      ['--target', 'URL'],
      {},
      'no token: give --token TOKEN or set CONTRACT_TOKEN (a valid bearer token)',
    ],
    ['an empty token flag', ['--target', 'URL', '--token', ''], {}, '--token is empty'],
    ['a short --token', ['--target', 'URL', '--token', 'T'], {}, `--token ${SHORT}`],
    ['a short CONTRACT_TOKEN', ['--target', 'URL'], { CONTRACT_TOKEN: 'x' }, `CONTRACT_TOKEN ${SHORT}`],
    [
      'a short --forbidden-token',
      ['--target', 'URL', '--token', TOKEN, '--forbidden-token', 'F'],
      {},
      `--forbidden-token ${SHORT}`,
    ],
    [
      'a short CONTRACT_FORBIDDEN_TOKEN',
      ['--target', 'URL'],
      { CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: 'fbd-123' },
      `CONTRACT_FORBIDDEN_TOKEN ${SHORT}`,
    ],
    [
      'a bad --runs',
      ['--target', 'URL', '--token', TOKEN, '--runs', 'many'],
      {},
      "--runs must be an integer from 0 to 1000000, got 'many'",
    ],
    [
      'a negative --seed',
      ['--target', 'URL', '--token', TOKEN, '--seed', '-3'],
      {},
      "--seed must be an integer from 0 to 2147483647, got '-3'",
    ],
    [
      'a zero --timeout-ms',
      ['--target', 'URL', '--token', TOKEN, '--timeout-ms', '0'],
      {},
      "--timeout-ms must be an integer from 1 to 600000, got '0'",
    ],
    [
      'a fractional --max-clock-skew-ms',
      ['--target', 'URL', '--token', TOKEN, '--max-clock-skew-ms', '1.5'],
      {},
      "--max-clock-skew-ms must be an integer from 0 to 86400000, got '1.5'",
    ],
    [
      'a huge --concurrency',
      ['--target', 'URL', '--token', TOKEN, '--concurrency', '1000'],
      {},
      "--concurrency must be an integer from 1 to 256, got '1000'",
    ],
    [
      'a negative --wait-for-target',
      ['--target', 'URL', '--token', TOKEN, '--wait-for-target', '-1'],
      {},
      "--wait-for-target must be an integer from 0 to 3600, got '-1'",
    ],
    [
      'a bad --run-id',
      ['--target', 'URL', '--token', TOKEN, '--run-id', 'Run 1'],
      {},
      "--run-id must be 1 to 16 lower-case letters and digits, got 'Run 1'",
    ],
    [
      'a bad --path',
      ['--target', 'URL', '--token', TOKEN, '--path', '3-1'],
      {},
      "--path must look like 3 or 3:1:0, got '3-1'",
    ],
    [
      '--group without --path',
      ['--target', 'URL', '--token', TOKEN, '--group', 'x'],
      {},
      '--group needs --path',
    ],
    [
      'a bad URL',
      ['--target', 'localhost:8080', '--token', TOKEN],
      {},
      "--target must be an http or https base URL such as http://127.0.0.1:8080, got 'localhost:8080'",
    ],
    [
      'credentials in the target URL',
      ['--target', 'http://user:s3cret-pw@127.0.0.1:9', '--token', TOKEN],
      {},
      "--target must not hold a user name or password (give the token with --token or CONTRACT_TOKEN), got 'http://***@127.0.0.1:9'",
    ],
    [
      'a tiny --max-response-bytes',
      ['--target', 'URL', '--token', TOKEN, '--max-response-bytes', '10'],
      {},
      "--max-response-bytes must be an integer from 1024 to 67108864, got '10'",
    ],
    [
      'a report path that is a folder',
      ['--target', 'URL', '--token', TOKEN, '--report-junit', tmpdir()],
      {},
      `--report-junit ${tmpdir()}: cannot write the report: it is a folder`,
    ],
    ...(existsSync('/sys/kernel')
      ? [
          [
            'a report in a folder nobody may write to',
            ['--target', 'URL', '--token', TOKEN, '--report-markdown', '/sys/lakesail-report.md'],
            {},
            '--report-markdown /sys/lakesail-report.md: cannot write the report: permission denied',
          ] as [string, string[], Record<string, string>, string],
        ]
      : []),
    [
      'a report whose folder cannot be made',
      ['--target', 'URL', '--token', TOKEN, '--report-json', '/dev/null/r.json'],
      {},
      '--report-json /dev/null/r.json: cannot create the folder /dev/null: a file is in the way',
    ],
  ];
  test.each(usage)('exit 2, one line, nothing sent: %s', async (_name, args, env, message) => {
    const { code, out, err } = await check(
      args.map((arg) => (arg === 'URL' ? reference.baseUrl : arg)),
      env,
    );
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: `lakesail-contract: ${message}\n` });
  });

  test('an error quoting a token (here in the spec path) is printed with the token hidden', async () => {
    const args = [
      '--target',
      reference.baseUrl,
      '--token',
      TOKEN,
      '--spec',
      `/nonexistent/${TOKEN}/spec.yaml`,
    ];
    const { code, err } = await check(args);
    expect(code).toBe(2);
    expect(err).toMatch(/^lakesail-contract: \/nonexistent\/\$CONTRACT_TOKEN\/spec.yaml: [^\n]+\n$/);
  });

  test('exit 2 with one line for an unreadable spec and an unreachable target', async () => {
    const spec = await check([
      '--target',
      reference.baseUrl,
      '--token',
      TOKEN,
      '--spec',
      '/nonexistent/spec.yaml',
      '--seed',
      '1',
      '--run-id',
      'a',
    ]);
    expect(spec.code).toBe(2);
    expect(spec.err).toMatch(/^lakesail-contract: \/nonexistent\/spec.yaml: [^\n]+\n$/);

    const down = await serveLocally(() => {});
    await down.close();
    const unreachable = await check([
      '--target',
      down.baseUrl,
      '--token',
      TOKEN,
      '--seed',
      '1',
      '--run-id',
      'a',
    ]);
    expect(unreachable.code).toBe(2);
    expect(unreachable.err).toBe(
      `lakesail-contract: target ${down.baseUrl} is unreachable: connect ECONNREFUSED ${down.baseUrl.slice('http://'.length)}\n`,
    );
  });

  test('a schema ajv cannot compile stops the run with one line naming the problem, exit 2 (lint validates in full)', async () => {
    const scratch = createScratch();
    try {
      const specPath = scratch.spec((spec) => {
        spec.components.schemas.User.properties.username = { type: 'object', properties: [] };
      });
      const args = ['--target', reference.baseUrl, '--token', TOKEN, '--spec', specPath, ...FAST];
      const { code, err } = await check(args);
      expect({ code, err }).toEqual({
        code: 2,
        err: 'lakesail-contract: a schema in the spec is not valid JSON Schema 2020-12: properties value must be ["object"]\n',
      });
    } finally {
      scratch.cleanup();
    }
  });

  test('--wait-for-target: connections still refused when the time is up, exit 2 with one line saying so', async () => {
    const down = await serveLocally(() => {});
    await down.close();
    const unreachable = await check(['--target', down.baseUrl, '--token', TOKEN, '--wait-for-target', '1']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.err).toBe(
      `lakesail-contract: target ${down.baseUrl} is unreachable: connect ECONNREFUSED ${down.baseUrl.slice('http://'.length)} (still refused after waiting 1 s)\n`,
    );
  });

  test('a missing --target is a usage error', async () => {
    const { code, err } = await check(['--token', TOKEN]);
    expect(code).toBe(2);
    expect(err).toContain("required option '--target <base-url>' not specified");
  });
});
