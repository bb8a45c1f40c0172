import { valueAtPointer } from '../../core/spec/jsonPointer';
import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange, RecordedResponse } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import type { CheckVerdict } from '../model/violation';
import { describeCase } from './support/describeCase';
import { parseResponseBody } from './support/parseJsonBody';
import { refusedValueHint } from './support/refusedValueHint';
import { responseOf } from './support/responseOf';
import { uniquePropertyPointers } from './support/uniquePropertyPointers';

const id = 'status-code-conformance';
const title = 'Unexpected status code';

/** The status is one the case allows: 201 valid, 400 malformed (415 wrong Content-Type), 401 unauthenticated, 403 forbidden. */
export const statusCodeConformance: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every status is the one the case demands',
  doc:
    'The status is the one the case demands: 201 for a valid request, 400 for a malformed body (or 415 for a ' +
    'wrong Content-Type), 401 without valid credentials, 403 for an identity without permission (or 400 ' +
    'when its body is also malformed).',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange, context: CheckContext): CheckVerdict {
    const response = responseOf(exchange);
    if (!response) return [];
    const { testCase } = exchange;
    const status = response.status;
    if (testCase.expectedStatuses.includes(status)) return [];
    const collision = possibleCollision(testCase, response, context);
    if (collision) return { inconclusive: collision };
    return [
      {
        checkId: id,
        title,
        message: `Expected ${testCase.expectedStatuses.join(' or ')} for ${describeCase(testCase)}, received ${status}${hint(testCase, status, context)}`,
        received: String(status),
        documented: testCase.expectedStatuses.join(', '),
        cause: `${testCase.expectedStatuses.join('/')} -> ${status}`,
      },
    ];
  },
};

/**
 * A value that cannot carry the run's nonce (an empty `x-lakesail-unique` property) may be taken by an earlier
 * run; a client-error status that falls to `default` (or a 409) with a documented error body may mean exactly
 * that, so the check cannot decide. Returns the reason, or undefined when the check can decide.
 */
function possibleCollision(
  testCase: TestCase,
  response: RecordedResponse,
  context: CheckContext,
): string | undefined {
  const { status } = response;
  if (testCase.body.mode !== 'valid' || testCase.credentials.mode !== 'valid') return undefined;
  if (status < 400 || status > 499) return undefined;
  const operation = context.operationOf(testCase);
  const documented = documentedResponse(operation, status);
  if (status !== 409 && documented?.status !== 'default') return undefined;
  const value = testCase.body.value;
  const emptyPointer = uniquePropertyPointers(operation.requestBody?.schema ?? {}).find(
    (pointer) => valueAtPointer(value, pointer) === '',
  );
  if (emptyPointer === undefined) return undefined;
  if (documented?.schema) {
    const parsed = parseResponseBody(response);
    if (!parsed.ok || context.spec.validator.validate(documented.schema, parsed.value).length > 0)
      return undefined;
  }
  return (
    `${status} for an empty ${emptyPointer}, which cannot carry the run's nonce: ` +
    'an earlier run may have taken the same value'
  );
}

/** What the mismatch most likely means, and how to fix it; empty when there is nothing useful to add. */
function hint(testCase: TestCase, status: number, context: CheckContext): string {
  const { body, credentials } = testCase;
  const success = status >= 200 && status <= 299;
  if (success && credentials.mode === 'unauthenticated') {
    return ': the server accepted a request without valid credentials';
  }
  if (success && credentials.mode === 'forbidden') {
    return ': the server accepted a request from an identity without permission';
  }
  if (success && body.mode === 'malformed') return ': the server accepted a body the spec forbids';
  if (status === 401 && credentials.mode === 'forbidden') {
    return ': 401 is for missing or invalid credentials, a valid identity without permission gets 403';
  }
  if (status === 403 && credentials.mode === 'unauthenticated') {
    return ': 403 is for a valid identity without permission, missing or invalid credentials get 401';
  }
  if (status === 400 && body.mode === 'valid' && credentials.mode === 'valid') {
    const schema = context.operationOf(testCase).requestBody?.schema;
    const cause = refusedValueHint(body.value, schema);
    if (cause) return `: the spec allows this body; most likely refused for ${cause}`;
    return ': the spec allows this body, so if the server limits such values, declare the limit in the spec';
  }
  // A deliberate reuse of a value a user has: the model's expectation says why this status and not the other.
  if (testCase.takenValues !== undefined && testCase.model !== undefined) {
    return `: ${testCase.model.summary.replace(/^[\d or]+: /, '')}`;
  }
  if (status === 409 && body.mode === 'malformed') {
    return ': a 409 says its unique values are taken, which only an accepted request could have done: an earlier request with them was accepted, or the server checks uniqueness before it validates';
  }
  if (status === 415 && body.mode === 'valid') {
    return `: the request's Content-Type ${testCase.contentType ?? '(none)'} is the documented media type`;
  }
  return '';
}
