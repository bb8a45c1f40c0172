import type { IncomingMessage, ServerResponse } from 'node:http';
import { runConformance } from '../../api';
import { createReferenceApp } from '../../servers/createReferenceApp';

const token = 'distinct-token-0123456789';
let next = 0;

/** A create that trims every name and lowercases the email: two defects of echoing, each its own cause. */
function twoDefects(request: IncomingMessage, response: ServerResponse): void {
  let text = '';
  request.on('data', (chunk) => (text += chunk));
  request.on('end', () => {
    let body: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object') body = parsed;
    } catch {}
    const now = new Date().toISOString();
    const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
    next += 1;
    const user = {
      id: `U${String(next).padStart(9, '0')}`,
      username: body.username,
      email: typeof body.email === 'string' ? body.email.toLowerCase() : body.email,
      firstName: trim(body.firstName),
      lastName: trim(body.lastName),
      displayName: trim(body.displayName),
      createdAt: now,
      updatedAt: now,
    };
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(user));
  });
}

test('the explicit cases report each distinct cause of a check: a second defect is not hidden behind the first', async () => {
  const report = await runConformance({
    target: { app: twoDefects },
    token,
    seed: 9,
    runs: 1,
    runId: 'cause1',
    operations: ['CreateUser'],
    shrinkTimeLimitMs: 0,
  });
  const echo = report.violations.filter(
    (violation) => violation.checkId === 'user-echo' && violation.replay.path === undefined,
  );
  expect(echo.some((violation) => violation.message.includes(': letter case;'))).toBe(true);
  expect(echo.some((violation) => violation.message.includes(': surrounding whitespace;'))).toBe(true);
});

test('a generated group shrinks each distinct cause of a check on its own: both defects get a minimal request', async () => {
  const report = await runConformance({
    target: { app: twoDefects },
    token,
    seed: 9,
    runs: 40,
    runId: 'cause2',
    operations: ['CreateUser'],
    shrinkTimeLimitMs: 5000,
  });
  const echo = report.violations.filter(
    (violation) => violation.checkId === 'user-echo' && violation.replay.group === 'valid-token/valid-body',
  );
  const causes = echo.map((violation) => /: ([a-z ]+);/.exec(violation.message)?.[1]);
  expect(causes).toEqual(expect.arrayContaining(['letter case', 'surrounding whitespace']));
  for (const violation of echo) expect(violation.replay.path).toMatch(/^\d+(:\d+)*$/);
});

test('the random sequences shrink each distinct cause of a check on its own', async () => {
  const reference = await createReferenceApp({ tokens: [token] });
  // Describing a user answers 500, updating one 503: two causes of status-code-conformance.
  const failing = (request: IncomingMessage, response: ServerResponse) => {
    const onUser = /^\/api\/org\/v1\/users\/[A-Z0-9]+$/.test(request.url ?? '');
    const status = { GET: 500, PATCH: 503 }[request.method ?? ''];
    if (onUser && status !== undefined && request.headers.authorization === `Bearer ${token}`) {
      request.resume();
      response.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"failed"}');
      return;
    }
    reference(request, response);
  };
  const report = await runConformance({
    target: { app: failing },
    token,
    seed: 4,
    runs: 15,
    runId: 'cause3',
    shrinkTimeLimitMs: 5000,
  });
  const statuses = report.violations.filter(
    (violation) => violation.checkId === 'status-code-conformance' && violation.replay.group === 'sequences',
  );
  expect(new Set(statuses.map((violation) => violation.received))).toEqual(new Set(['500', '503']));
  for (const violation of statuses) expect(violation.sequence?.length).toBeLessThanOrEqual(3);
});
