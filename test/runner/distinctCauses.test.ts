import type { IncomingMessage, ServerResponse } from 'node:http';
import { runConformance } from '../../api';

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
