import type { CheckContext, RunCheck } from '../../conformance/model/check';
import type { Credentials } from '../../conformance/model/credentials';
import type { Exchange, Outcome, RecordedResponse } from '../../conformance/model/exchange';
import type { ExpectedProperty, ModelExpectation } from '../../conformance/model/modelExpectation';
import type { Mutation, TestCase } from '../../conformance/model/testCase';
import type { CheckVerdict, Violation } from '../../conformance/model/violation';
import { OTHER_MEDIA_TYPE_MUTATIONS } from '../../conformance/mutations';
import { createCheckContext } from '../../conformance/runner/createCheckContext';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { screenOutcome } from '../../conformance/secrets/screenOutcome';
import type { Contract } from '../../core/spec/loadContract';

/** The moment every test exchange is sent: 2026-01-15T09:30:00.000Z. */
export const SENT_AT = Date.parse('2026-01-15T09:30:00.000Z');
/** Test exchanges take 40 ms. */
export const RECEIVED_AT = SENT_AT + 40;

/** The valid body most tests send (the spec's `ada` example with a run nonce in its unique values). */
export const ADA = {
  username: 'ada-r1x',
  email: 'ada-r1x@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};

/** A valid-body case; `credentials` and the body default to a valid token and ADA. */
export function validCase(
  options: { value?: unknown; credentials?: Credentials; edge?: string } = {},
): TestCase {
  const value = options.value ?? ADA;
  const credentials = options.credentials ?? { mode: 'valid' };
  return {
    operationId: 'CreateUser',
    action: 'create' as const,
    pathParameters: {},
    credentials,
    body: {
      mode: 'valid',
      origin: options.edge ? { kind: 'edge', edge: options.edge } : { kind: 'generated' },
      value,
    },
    bodyText: JSON.stringify(value),
    contentType: 'application/json',
    expectedStatuses: expectedFor(credentials, false, undefined),
    label: `${credentials.mode} token, ${options.edge ? `edge ${options.edge}` : 'generated'}`,
  };
}

/** A malformed-body case made by `mutation`; `value` is the mutated body (undefined for transport mutations). */
export function malformedCase(
  mutation: Mutation,
  options: { value?: unknown; bodyText?: string; contentType?: string; credentials?: Credentials } = {},
): TestCase {
  const credentials = options.credentials ?? { mode: 'valid' };
  return {
    operationId: 'CreateUser',
    action: 'create' as const,
    pathParameters: {},
    credentials,
    body: { mode: 'malformed', origin: { kind: 'generated' }, mutation, value: options.value },
    bodyText: options.bodyText ?? JSON.stringify(options.value),
    contentType: options.contentType ?? 'application/json',
    expectedStatuses: expectedFor(credentials, true, mutation.name),
    label: `${credentials.mode} token, ${mutation.name}`,
  };
}

/** The statuses issue 4 demands per case (the generators' job in the kit; spelled out here for the tests). */
function expectedFor(credentials: Credentials, malformed: boolean, mutation: string | undefined): number[] {
  if (credentials.mode === 'unauthenticated') return [401];
  if (credentials.mode === 'forbidden') return malformed ? [403, 400] : [403];
  if (!malformed) return [201];
  return mutation !== undefined && OTHER_MEDIA_TYPE_MUTATIONS.has(mutation) ? [400, 415] : [400];
}

/** A JSON response as a server would send it. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): RecordedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The run's tokens in the tests' exchanges. */
export const TEST_SECRETS = createSecrets('s3cr3t-valid-token-0001', 'f0rb1dden-token-0002');

/**
 * The exchange of `testCase` ending in `ending` (a response, or another outcome), recorded as the kit's target
 * records it: tokens replaced, and where they were kept for no-token-leak.
 */
export function exchangeFor(
  testCase: TestCase,
  ending: RecordedResponse | Outcome,
  times: { sentAt?: number; receivedAt?: number } = {},
): Exchange {
  const outcome: Outcome = 'kind' in ending ? ending : { kind: 'response', response: ending };
  const headers: Record<string, string> = {};
  if (testCase.contentType !== undefined) headers['content-type'] = testCase.contentType;
  if (testCase.credentials.mode === 'valid') headers.authorization = 'Bearer $CONTRACT_TOKEN';
  if (testCase.credentials.mode === 'forbidden') headers.authorization = 'Bearer $CONTRACT_FORBIDDEN_TOKEN';
  return {
    testCase,
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:8080/api/org/v1/users',
      headers,
      bodyText: testCase.bodyText,
    },
    sentAt: times.sentAt ?? SENT_AT,
    receivedAt: times.receivedAt ?? RECEIVED_AT,
    ...screenOutcome(outcome, TEST_SECRETS),
  };
}

/** The user a correct server creates from `spec` (ADA by default), at SENT_AT + 20 ms. */
export function createdUser(spec: Record<string, unknown> = ADA, overrides: Record<string, unknown> = {}) {
  const at = new Date(SENT_AT + 20).toISOString();
  return { id: 'U7K2Q9XW3M', ...spec, createdAt: at, updatedAt: at, ...overrides };
}

/** The context a run gives every check, with the kit's defaults. */
export function contextFor(contract: Contract, overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    // The contract's focused operation wins over the spec's own (tests edit it: a copy without `default`, ...).
    ...createCheckContext(withFocusedOperation(contract), {
      timeoutMs: 5000,
      maxClockSkewMs: 60_000,
      maxResponseBytes: 4 * 1024 * 1024,
    }),
    ...overrides,
  };
}

function withFocusedOperation(contract: Contract): Contract {
  const { operation } = contract;
  const operations = contract.operations.map((other) =>
    other.operationId === operation.operationId ? operation : other,
  );
  return { ...contract, operations };
}

/** A run check over `exchanges` in order, as a run gives them: each violation with the index of its exchange. */
export function runCheckOver(
  check: RunCheck,
  exchanges: readonly Exchange[],
  context: CheckContext,
): (Violation & { exchangeIndex: number })[] {
  const memory = check.newMemory();
  return exchanges.flatMap((exchange, exchangeIndex) =>
    check.check(exchange, memory, context).map((violation) => ({ ...violation, exchangeIndex })),
  );
}

/** The violations of a verdict; a test expecting violations fails on an inconclusive verdict. */
export function violationsOf(verdict: CheckVerdict): Violation[] {
  if (!Array.isArray(verdict))
    throw new Error(`expected violations, got inconclusive: ${verdict.inconclusive}`);
  return verdict;
}

/** The user the sequence tests' model created: ADA as `createdUser` answered, called `user 1`. */
export const MODELED_ID = 'U7K2Q9XW3M';

/**
 * A request of a sequence, as the kit's model sends it: a describe (no body) or an update (`value`) of
 * MODELED_ID, with what the model expects of the answer.
 */
export function modelCase(
  model: ModelExpectation,
  options: { action?: 'describe' | 'update'; value?: unknown; id?: string } = {},
): TestCase {
  const action = options.action ?? 'describe';
  const update = action === 'update';
  const value = update ? (options.value ?? {}) : undefined;
  return {
    operationId: update ? 'UpdateUser' : 'DescribeUser',
    action,
    pathParameters: { user: options.id ?? MODELED_ID },
    credentials: { mode: 'valid' },
    body: { mode: 'valid', origin: { kind: update ? 'generated' : 'none' }, value },
    bodyText: update ? JSON.stringify(value) : '',
    contentType: update ? 'application/json' : undefined,
    expectedStatuses: [200],
    label: `valid token, ${action} ${model.user ?? 'a user'}`,
    model,
  };
}

/** The model's expectation that `property` is `value`, judged by `checkId`. */
export function expecting(
  property: string,
  value: unknown,
  checkId: ExpectedProperty['checkId'],
  options: { instant?: boolean; sentAt?: string; because?: string } = {},
): ModelExpectation['agreement'] {
  return {
    [property]: {
      value,
      instant: options.instant ?? false,
      checkId,
      because: options.because ?? 'as created in step 1',
      ...(options.sentAt === undefined ? {} : { sentAt: options.sentAt }),
    },
  };
}
