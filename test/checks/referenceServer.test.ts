import request from 'supertest';
import { ALL_CHECKS } from '../../conformance/checks';
import type { Credentials } from '../../conformance/model/credentials';
import type { Exchange } from '../../conformance/model/exchange';
import type { TestCase } from '../../conformance/model/testCase';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { screenOutcome } from '../../conformance/secrets/screenOutcome';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { ADA, contextFor, malformedCase, runCheckOver, validCase } from './exchangeFor';

// The checks must raise no false alarm on a correct server: real responses of the reference server, for the
// cases most likely to trip a check (edge values, error bodies, the 401 header), pass every one of them.
const TOKEN = 'valid-token-0123456789';
const FORBIDDEN = 'forbidden-token-0123456789';

let contract: Contract;
let app: Awaited<ReturnType<typeof createReferenceApp>>;
beforeAll(async () => {
  contract = await loadContract();
  app = await createReferenceApp({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN], contract });
});

async function send(testCase: TestCase): Promise<Exchange> {
  const headers: Record<string, string> = {};
  if (testCase.contentType !== undefined) headers['content-type'] = testCase.contentType;
  const credentials: Credentials = testCase.credentials;
  if (credentials.mode === 'valid') headers.authorization = `Bearer ${TOKEN}`;
  if (credentials.mode === 'forbidden') headers.authorization = `Bearer ${FORBIDDEN}`;
  if (credentials.mode === 'unauthenticated' && credentials.variant === 'unknown-token') {
    headers.authorization = 'Bearer unknown-token-0123456789';
  }
  const sentAt = Date.now();
  const response = await request(app).post(contract.operation.path).set(headers).send(testCase.bodyText);
  const receivedAt = Date.now();
  const outcome = {
    kind: 'response' as const,
    response: { status: response.status, headers: response.headers, bodyText: response.text },
  };
  return {
    testCase,
    request: { method: 'POST', url: contract.operation.path, headers, bodyText: testCase.bodyText },
    sentAt,
    receivedAt,
    // As the kit's target records it: no-token-leak reads what it found.
    ...screenOutcome(outcome, createSecrets(TOKEN, FORBIDDEN)),
  };
}

const removed = {
  name: 'remove-required-property',
  level: 'schema' as const,
  description: 'removed required property /email',
  pointer: '/email',
};
const cases = (): TestCase[] => [
  validCase(),
  validCase({ value: { ...ADA, firstName: '  José 🚀\u0000 ' }, edge: 'whitespace-astral-nul:/firstName' }),
  validCase({ value: { ...ADA, lastName: 'x'.repeat(10_000) }, edge: 'length-10000:/lastName' }),
  validCase({ value: { ...ADA, username: 'ada-r2x', extra: '/home/x' }, edge: 'unknown-property' }),
  validCase({ credentials: { mode: 'unauthenticated', variant: 'no-authorization' } }),
  validCase({ credentials: { mode: 'unauthenticated', variant: 'unknown-token' } }),
  validCase({ credentials: { mode: 'forbidden' } }),
  malformedCase(removed, { value: { ...ADA, email: undefined } }),
  malformedCase(
    { name: 'violate-format', level: 'schema', description: 'an email with no @', pointer: '/email' },
    { value: { ...ADA, email: 'ada.example.com' } },
  ),
  malformedCase(
    { name: 'invalid-json-syntax', level: 'transport', description: 'cut JSON', pointer: '' },
    { bodyText: '{"username":' },
  ),
  malformedCase(
    { name: 'wrong-content-type', level: 'transport', description: 'sent as text/plain', pointer: '' },
    { bodyText: JSON.stringify(ADA), contentType: 'text/plain' },
  ),
];

test('the reference server passes every check', async () => {
  const exchanges: Exchange[] = [];
  for (const testCase of cases()) exchanges.push(await send(testCase));
  const context = contextFor(contract);
  const findings: string[] = [];
  for (const check of ALL_CHECKS) {
    if (check.kind === 'run') {
      for (const violation of runCheckOver(check, exchanges, context)) findings.push(violation.message);
      continue;
    }
    for (const exchange of exchanges) {
      if (!check.appliesTo(exchange.testCase)) continue;
      const verdict = check.check(exchange, context);
      if (!Array.isArray(verdict)) findings.push(`inconclusive: ${verdict.inconclusive}`);
      else for (const violation of verdict) findings.push(`${exchange.testCase.label}: ${violation.message}`);
    }
  }
  expect(findings).toEqual([]);
  // Proof the exchanges were real: every status the cases demand came back.
  expect(
    exchanges.map((exchange) => exchange.outcome.kind === 'response' && exchange.outcome.response.status),
  ).toEqual([201, 201, 201, 201, 401, 401, 403, 400, 400, 400, 415]);
});
