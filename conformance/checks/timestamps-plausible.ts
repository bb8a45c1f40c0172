import { documentedResponse, type ResponseContract } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { dateTimeProperties } from './support/dateTimeProperties';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';
import { type TimestampValue, timestampValue } from './support/timestampValue';

const id = 'timestamps-plausible';
const title = 'Implausible timestamp';

/**
 * Every date-time of a create's 2xx body lies between sending and receiving (± clock skew); for a case about an
 * existing resource, its creation and last-change times lie where the case expects them; the `updated-at` role
 * is never before the `created-at` one.
 */
export const timestampsPlausible: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: "timestamps within the request's time",
  doc:
    'Every date-time property of a 201 body lies between the moment the request was sent and the moment the ' +
    'response arrived, give or take the allowed clock skew (and 1 s for timestamps cut to the second); in an ' +
    "answer about an existing user, createdAt lies within its creation's exchange and updatedAt within its last " +
    "change's; updatedAt is not before createdAt.",
  appliesTo: (testCase) => testCase.body.mode === 'valid' && testCase.credentials.mode === 'valid',
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response || response.status < 200 || response.status > 299) return [];
    const documented = documentedResponse(context.operationOf(exchange.testCase), response.status);
    const parsed = parseResponseBody(response);
    if (!documented?.schema || !parsed.ok || parsed.value === null || typeof parsed.value !== 'object')
      return [];
    const body = parsed.value as Record<string, unknown>;
    const violations: Violation[] = [];
    for (const { name, window } of expectedWindows(exchange, documented)) {
      // Missing or malformed timestamps are response-schema-conformance's finding.
      const timestamp = timestampValue(body[name]);
      if (timestamp)
        violations.push(...outsideWindow(name, body[name], timestamp, window, context.maxClockSkewMs));
    }
    violations.push(...updatedBeforeCreated(body, documented.roles));
    return violations;
  },
};

/**
 * Which date-times of the body have a time to lie in: all of a create's, within its own exchange; those an
 * existing resource's case expects by role (its creation, its last change); no other.
 */
function expectedWindows(
  exchange: Exchange,
  documented: ResponseContract,
): { name: string; window: Window }[] {
  const { testCase } = exchange;
  if (testCase.action === 'create') {
    const own = { from: exchange.sentAt, to: exchange.receivedAt, what: 'the request' };
    return dateTimeProperties(documented.schema).map((name) => ({ name, window: own }));
  }
  const windows: { name: string; window: Window }[] = [];
  for (const role of ['created-at', 'updated-at'] as const) {
    const name = documented.roles[role];
    const expected = testCase.expectedTimes?.[role];
    if (name === undefined || expected === undefined) continue;
    windows.push({
      name,
      window: {
        from: expected.from,
        to: expected.to ?? exchange.receivedAt,
        what: role === 'created-at' ? 'its creation' : 'its last change',
      },
    });
  }
  return windows;
}

interface Window {
  from: number;
  to: number;
  /** What the window is: `the request`, `its creation`, `its last change`. */
  what: string;
}

function outsideWindow(
  name: string,
  value: unknown,
  timestamp: TimestampValue,
  window: Window,
  skew: number,
): Violation[] {
  // A timestamp cut to the second may name a second that began before the window.
  const earliest = window.from - skew - (timestamp.precisionMs - 1);
  const latest = window.to + skew;
  const tooEarly = timestamp.ms < earliest;
  // The message is written only for a violation: this runs on every 2xx answer.
  if (!tooEarly && !(timestamp.ms > latest)) return [];
  const received = `${name}: ${showValue(value)}`;
  const documented = `between ${new Date(earliest).toISOString()} and ${new Date(latest).toISOString()}`;
  const before = window.what === 'the request' ? 'the request was sent' : `${window.what} began`;
  const after = window.what === 'the request' ? 'the response was received' : `${window.what} ended`;
  const message = tooEarly
    ? `${name} is ${window.from - timestamp.ms} ms before ${before}, more than the allowed clock skew of ${skew} ms`
    : `${name} is ${timestamp.ms - window.to} ms after ${after}, more than the allowed clock skew of ${skew} ms`;
  return [{ checkId: id, title, message, received, documented }];
}

/** The last change is never before the creation (certainly earlier only past the truncation unit). */
function updatedBeforeCreated(body: Record<string, unknown>, roles: ResponseContract['roles']): Violation[] {
  const createdName = roles['created-at'];
  const updatedName = roles['updated-at'];
  if (createdName === undefined || updatedName === undefined) return [];
  const created = timestampValue(body[createdName]);
  const updated = timestampValue(body[updatedName]);
  if (!created || !updated || updated.ms + updated.precisionMs > created.ms) return [];
  return [
    {
      checkId: id,
      title,
      message: `${updatedName} is ${created.ms - updated.ms} ms before ${createdName}`,
      received: `${updatedName}: ${showValue(body[updatedName])}, ${createdName}: ${showValue(body[createdName])}`,
      documented: `${updatedName} not before ${createdName}`,
    },
  ];
}
