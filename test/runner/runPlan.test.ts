import type { RequestListener } from 'node:http';
import { isTargetUnreachableError } from '../../conformance/target/targetUnreachableError';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { serveLocally } from '../support/serveLocally';
import { intercept, sendJson } from './support/localServer';
import { FORBIDDEN_TOKEN, runStandIn, TOKEN, theContract } from './support/runStandIn';

async function reference(): Promise<RequestListener> {
  return createReferenceApp({
    tokens: [TOKEN],
    forbiddenTokens: [FORBIDDEN_TOKEN],
    contract: await theContract(),
  });
}

describe('runPlan', () => {
  test('a correct server passes: every check counted, nothing failed', async () => {
    const result = await runStandIn({ app: await reference() });
    expect(result.violations).toEqual([]);
    // 2 explicit cases + 3 groups of 10 runs.
    expect(result.requests).toBe(32);
    for (const summary of result.checkSummaries) {
      expect(summary.failed).toBe(0);
      expect(summary.passed + summary.skipped + summary.inconclusive).toBeGreaterThan(0);
    }
    const status = result.checkSummaries.find((summary) => summary.id === 'status-code-conformance');
    expect(status).toMatchObject({ passed: 32, failed: 0, skipped: 0 });
    expect(result.clockOffsetMs).toEqual(expect.any(Number));
  });

  test('every check runs on every exchange: one defect does not hide another', async () => {
    // 200 instead of 201 and no WWW-Authenticate on 401: two checks fail on different cases.
    const app = intercept(await reference(), (request, _body, response) => {
      if (request.headers.authorization === `Bearer ${TOKEN}`) {
        sendJson(response, 500, { message: 'boom' });
        return true;
      }
      sendJson(response, 401, { message: 'no' });
      return true;
    });
    const result = await runStandIn({ app }, { forbiddenToken: null });
    const failed = new Set(result.violations.map((violation) => violation.checkId));
    expect(failed).toEqual(
      new Set(['status-code-conformance', 'not-a-server-error', 'response-headers-conformance']),
    );
  });

  test('without a forbidden token, forbidden cases are not sent and counted skipped with the reason', async () => {
    const result = await runStandIn({ app: await reference() }, { forbiddenToken: null });
    expect(result.requests).toBe(21);
    const status = result.checkSummaries.find((summary) => summary.id === 'status-code-conformance');
    expect(status).toMatchObject({ passed: 21, skipped: 11 });
    expect(status?.skippedReason).toMatch(/no forbidden token/);
  });

  test('each failing check is shrunk to a minimal request', async () => {
    // Crashes when any value contains an "X" (never in a nonce, which is lower case).
    const app = intercept(await reference(), (_request, body, response) => {
      if (!body.toString('utf8').includes('X')) return false;
      sendJson(response, 500, { message: 'X is not supported' });
      return true;
    });
    const result = await runStandIn({ app }, { runs: 30, runId: 'r0' });
    const crash = result.violations.find((violation) => violation.checkId === 'not-a-server-error');
    expect(crash).toBeDefined();
    expect(crash?.replay.group).toBe('valid-valid');
    expect(crash?.replay.path).toMatch(/^\d+:/);
    const body = JSON.parse(crash?.request.bodyText ?? '{}') as Record<string, string>;
    // Minimal: exactly one "X" left, every value shrunk to one letter.
    const values = Object.values(body).map((value) => value.replace(/\.r0[0-9a-z]+/, ''));
    expect(values.join('').split('X').length - 1).toBe(1);
    expect(values.filter((value) => value.replace('@example.com', '').length > 1)).toEqual([]);
  });

  test('a hanging server is a timeout violation, not a hang; its sockets are destroyed', async () => {
    const app: RequestListener = () => {};
    const result = await runStandIn(
      { app },
      { timeoutMs: 200, runs: 1, forbiddenToken: null, shrinkTimeLimitMs: 0 },
    );
    const timeouts = result.violations.filter((violation) => violation.checkId === 'response-time');
    expect(timeouts.length).toBeGreaterThan(0);
    expect(timeouts[0]?.outcome).toBe('timeout after 200 ms');
    expect(timeouts[0]?.response).toBeUndefined();
  });

  test('a server that stops answering is abandoned after 20 exchanges in a row, the rest counted skipped', async () => {
    const app: RequestListener = () => {};
    const result = await runStandIn(
      { app },
      { timeoutMs: 50, runs: 30, forbiddenToken: null, shrinkTimeLimitMs: 0 },
    );
    expect(result.requests).toBe(20);
    expect(result.warnings.join('\n')).toMatch(/did not answer 20 requests in a row/);
    const time = result.checkSummaries.find((summary) => summary.id === 'response-time');
    expect(time).toMatchObject({ failed: 20 });
    expect(time?.skipped).toBeGreaterThan(0);
  });

  test('unreachable when the first request cannot connect; a reset on a new connection later is a violation', async () => {
    const down = await serveLocally(() => {});
    await down.close();
    const unreachable = await runStandIn({ baseUrl: down.baseUrl }).catch((error: unknown) => error);
    expect(isTargetUnreachableError(unreachable)).toBe(true);
    expect((unreachable as Error).message).toBe(
      `target ${down.baseUrl} is unreachable: connect ECONNREFUSED ${down.baseUrl.replace('http://', '')}`,
    );

    // The third request meets a reset, and so does its retry on a new connection.
    let count = 0;
    const app = intercept(await reference(), (request) => {
      count++;
      if (count !== 3 && count !== 4) return false;
      request.socket.destroy();
      return true;
    });
    const result = await runStandIn({ app }, { forbiddenToken: null, runs: 3 });
    const reset = result.violations.find((violation) => violation.checkId === 'no-connection-error');
    expect(reset?.outcome).toMatch(/^connection error ECONNRESET/);
  });

  test('a 429 with Retry-After is waited out and the request sent again', async () => {
    let count = 0;
    const app = intercept(await reference(), (_request, _body, response) => {
      count++;
      if (count % 2 === 0) return false;
      sendJson(response, 429, { message: 'slow down' }, { 'retry-after': '0' });
      return true;
    });
    const result = await runStandIn({ app }, { forbiddenToken: null, runs: 2 });
    expect(result.violations).toEqual([]);
    expect(result.requests).toBe(10);
  });

  test('concurrency gives the same verdicts as sending one at a time', async () => {
    const app = intercept(await reference(), (_request, body, response) => {
      if (!body.toString('utf8').includes('q')) return false;
      sendJson(response, 500, { message: 'q' });
      return true;
    });
    const one = await runStandIn({ app }, { runs: 20, shrinkTimeLimitMs: 0 });
    const four = await runStandIn({ app }, { runs: 20, shrinkTimeLimitMs: 0, concurrency: 4 });
    const summary = (result: typeof one) =>
      result.checkSummaries.map(({ id, passed, failed, skipped }) => ({ id, passed, failed, skipped }));
    expect(summary(four)).toEqual(summary(one));
    expect(four.violations.map((violation) => violation.request)).toEqual(
      one.violations.map((violation) => violation.request),
    );
  });
});
