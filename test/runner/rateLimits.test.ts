import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { intercept, sendJson } from './support/localServer';
import { FORBIDDEN_TOKEN, runStandIn, TOKEN, theContract } from './support/runStandIn';

async function reference(): Promise<RequestListener> {
  return createReferenceApp({
    tokens: [TOKEN],
    forbiddenTokens: [FORBIDDEN_TOKEN],
    contract: await theContract(),
  });
}

/** The reference, except where `limit` answers 429 (with its Retry-After, if any). */
async function limited(limit: (count: number, body: string) => string | false | undefined) {
  let count = 0;
  return intercept(await reference(), (_request: IncomingMessage, body: Buffer, response: ServerResponse) => {
    const retryAfter = limit(++count, body.toString('utf8'));
    if (retryAfter === false) return false;
    sendJson(
      response,
      429,
      { message: 'slow down' },
      retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    );
    return true;
  });
}

const rateLimited = (result: Awaited<ReturnType<typeof runStandIn>>) =>
  result.violations.filter((violation) => violation.checkId === 'rate-limited');

describe('rate limits', () => {
  test('a request answered 429 three times running stops the run: one rate-limited violation, the rest not sent', async () => {
    const app = await limited((count) => (count === 1 ? false : '0'));
    const result = await runStandIn({ app });
    expect(result.requests).toBe(4);
    expect(rateLimited(result)).toEqual([
      expect.objectContaining({
        message: 'The run stopped: it answered the same request 429 3 times running; nothing more was sent',
        received: '429 with Retry-After: 0',
        outcome: 'rate limited: it answered the same request 429 3 times running',
        response: expect.objectContaining({ status: 429 }),
      }),
    ]);
    expect(result.violations.map((violation) => violation.checkId)).toEqual(['rate-limited']);
    expect(result.warnings[0]).toMatch(
      /^the server rate-limited the kit \(.*\): the rest of the run was not sent$/,
    );
    const status = result.checkSummaries.find((summary) => summary.id === 'status-code-conformance');
    expect(status).toMatchObject({ passed: 1, failed: 0, skipped: 31, skippedReason: result.warnings[0] });
  });

  test('ten 429s in a row, across requests, stop the run', async () => {
    // Ten requests in flight each get a first 429; none is sent again within the second it is asked to wait.
    const app = await limited((count) => (count === 1 ? false : '1'));
    const result = await runStandIn({ app }, { forbiddenToken: null, concurrency: 10 });
    expect(rateLimited(result).map((violation) => violation.outcome)).toEqual([
      'rate limited: it answered 429 10 times in a row',
    ]);
  });

  test('a Retry-After above 10 s is not waited for: the run stops at once', async () => {
    const app = await limited((count) => (count === 1 ? false : '3600'));
    const result = await runStandIn({ app }, { forbiddenToken: null });
    expect(result.requests).toBe(2);
    expect(rateLimited(result).map((violation) => violation.message)).toEqual([
      'The run stopped: it asked for a wait of 3600 s (Retry-After), more than the 10 s the kit waits; nothing more was sent',
    ]);
  });

  test('a server that rate-limits now and then passes: each 429 is waited out and the request sent again', async () => {
    // Every third request is answered 429 once; sent again, it gets its answer.
    const seen = new Set<string>();
    const app = await limited((_count, body) => {
      if (seen.has(body)) return false;
      seen.add(body);
      return seen.size % 3 === 0 ? '0' : false;
    });
    const result = await runStandIn({ app }, { runs: 30, concurrency: 4 });
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([]);
    // 2 explicit cases and 3 groups of 30, and every third one sent twice.
    expect(result.requests).toBe(92 + 30);
  });
});
