import { formatReport } from '../../conformance/format/formatReport';
import { jsonReport } from '../../conformance/format/jsonReport';
import type { ConformanceOptions } from '../../conformance/runner/conformanceOptions';
import { runWithCaseSource } from '../../conformance/runner/runWithCaseSource';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { serveLocally } from '../support/serveLocally';
import { intercept, sendJson } from './support/localServer';
import { FORBIDDEN_TOKEN, TOKEN, theContract } from './support/runStandIn';
import { standInPlan, standInWithNonce } from './support/standIns';

const source = { planCases: standInPlan, withNonce: standInWithNonce };

async function reference() {
  return createReferenceApp({
    tokens: [TOKEN],
    forbiddenTokens: [FORBIDDEN_TOKEN],
    contract: await theContract(),
  });
}

function options(overrides: Partial<ConformanceOptions>): ConformanceOptions {
  return {
    target: { baseUrl: 'http://127.0.0.1:1' },
    token: TOKEN,
    seed: 7,
    runs: 5,
    runId: 'abc',
    ...overrides,
  };
}

describe('runWithCaseSource', () => {
  test('the report holds what CI reads: seed, run id, target, duration, requests, counts, violations', async () => {
    const server = await serveLocally(
      intercept(await reference(), (request, _body, response) => {
        if (request.headers.authorization !== `Bearer ${TOKEN}`) return false;
        sendJson(response, 200, { message: 'ok' });
        return true;
      }),
    );
    try {
      const report = await runWithCaseSource(
        options({ target: { baseUrl: server.baseUrl }, forbiddenToken: FORBIDDEN_TOKEN }),
        source,
      );
      expect(report).toMatchObject({
        tool: { name: 'lakesail-contract' },
        verdict: 'fail',
        seed: 7,
        runId: 'abc',
        target: server.baseUrl,
        operations: [
          {
            operationId: 'CreateUser',
            method: 'POST',
            path: '/api/org/v1/users',
            tested: true,
            requests: 715,
          },
          {
            operationId: 'DescribeUser',
            method: 'GET',
            path: '/api/org/v1/users/{user}',
            tested: true,
            requests: 117,
          },
          {
            operationId: 'UpdateUser',
            method: 'PATCH',
            path: '/api/org/v1/users/{user}',
            tested: true,
            requests: 124,
          },
        ],
        // 17 cases, shrinking each cause of the generated failures, the tour and the uniqueness sequences
        // (shrunk too), the fixtures, 5 sequences (each cause shrunk too) and the bursts
        requests: 956,
        runs: 5,
        warnings: [],
      });
      expect(report.durationMs).toEqual(expect.any(Number));
      expect(Date.parse(report.startedAt)).not.toBeNaN();
      const status = report.checks.find((check) => check.id === 'status-code-conformance');
      expect(status).toMatchObject({ passed: 18, failed: 94, skipped: 0, inconclusive: 0 });
      const violation = report.violations.find((found) => found.checkId === 'status-code-conformance');
      expect(violation).toMatchObject({
        title: 'Unexpected status code',
        received: '200',
        documented: '201',
        request: {
          method: 'POST',
          url: `${server.baseUrl}/api/org/v1/users`,
          headers: { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json' },
        },
        response: { status: 200, bodyText: '{"message":"ok"}' },
        replay: { seed: 7, runId: 'abc', case: 'valid token, example ada' },
      });
      expect(violation?.message).toMatch(/^Expected 201 for/);
      expect(violation?.curl).toMatch(/^curl -X POST /);
    } finally {
      await server.close();
    }
  });

  test('a server echoing the tokens: the leak is found, and no report output holds a token', async () => {
    const app = intercept(await reference(), (request, _body, response) => {
      const echoed = request.headers.authorization ?? '';
      sendJson(
        response,
        401,
        { message: `bad token ${echoed}` },
        { 'www-authenticate': 'Bearer', 'x-echo': echoed },
      );
      return true;
    });
    const report = await runWithCaseSource(
      options({ target: { app }, forbiddenToken: FORBIDDEN_TOKEN }),
      source,
    );
    const leak = report.violations.find((found) => found.checkId === 'no-token-leak');
    expect(leak).toBeDefined();
    const outputs = [jsonReport(report), formatReport(report), formatReport(report, { color: true })];
    for (const output of outputs) {
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain(FORBIDDEN_TOKEN);
    }
    expect(jsonReport(report)).toContain('bad token Bearer $CONTRACT_TOKEN');
    expect(jsonReport(report)).toContain('bad token Bearer $CONTRACT_FORBIDDEN_TOKEN');
  });

  test('a missing forbidden token is warned about', async () => {
    const app = await createReferenceApp({ tokens: [TOKEN], contract: await theContract() });
    const report = await runWithCaseSource(options({ target: { app } }), source);
    expect(report.verdict).toBe('pass');
    expect(report.target).toBe('in-process app');
    expect(report.warnings).toEqual([
      'no forbidden token: the 403 cases were not sent (give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN)',
    ]);
  });

  test('a token shorter than 8 characters rejects with a usage error naming the option, before anything is sent', async () => {
    let requests = 0;
    const app = intercept(await reference(), () => {
      requests++;
      return false;
    });
    for (const [short, option] of [
      [{ token: 'q7!z' }, 'token'],
      [{ forbiddenToken: 'f0rb1d' }, 'forbiddenToken'],
    ] as const) {
      const run = runWithCaseSource(options({ target: { app }, ...short }), source);
      await expect(run).rejects.toMatchObject({
        name: 'UsageError',
        message: `${option} is shorter than 8 characters: give the real bearer token (one that short cannot be told apart from ordinary text in responses and reports)`,
      });
    }
    expect(requests).toBe(0);
  });

  test('bad options are one-line usage errors naming the option', async () => {
    const app = await reference();
    await expect(runWithCaseSource(options({ target: { app }, token: '' }), source)).rejects.toThrow(
      /^no token/,
    );
    await expect(runWithCaseSource(options({ target: { app }, runs: -1 }), source)).rejects.toThrow(
      "runs must be an integer from 0 to 1000000, got '-1'",
    );
    await expect(runWithCaseSource(options({ target: { app }, runId: 'Bad Id' }), source)).rejects.toThrow(
      /^runId must be/,
    );
    await expect(runWithCaseSource(options({ target: { baseUrl: 'ftp://x' } }), source)).rejects.toThrow(
      /^target must be an http/,
    );
    await expect(
      runWithCaseSource(options({ target: { app }, specPath: '/nonexistent.yaml' }), source),
    ).rejects.toMatchObject({
      name: 'SpecError',
    });
  });
});
