import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { dateTimeProperties } from './support/dateTimeProperties';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';
import { CREATED_AT, UPDATED_AT } from './support/timestampRoles';
import { type TimestampValue, timestampValue } from './support/timestampValue';

const id = 'timestamps-plausible';
const title = 'Implausible timestamp';

/** Every date-time of a 2xx body lies between sending and receiving (± clock skew); updatedAt is not before createdAt. */
export const timestampsPlausible: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: "timestamps within the request's time",
  doc:
    'Every date-time property of a 201 body lies between the moment the request was sent and the moment the ' +
    'response arrived, give or take the allowed clock skew (and 1 s for timestamps cut to the second); ' +
    'updatedAt is not before createdAt.',
  appliesTo: (testCase) => testCase.body.mode === 'valid',
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response || response.status < 200 || response.status > 299) return [];
    const schema = documentedResponse(context.contract.operation, response.status)?.schema;
    const parsed = parseResponseBody(response);
    if (!schema || !parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return [];
    const body = parsed.value as Record<string, unknown>;
    const skew = context.maxClockSkewMs;
    const violations: Violation[] = [];
    const read = new Map<string, TimestampValue>();
    for (const name of dateTimeProperties(schema)) {
      const timestamp = timestampValue(body[name]);
      // Missing or malformed timestamps are response-schema-conformance's finding.
      if (!timestamp) continue;
      read.set(name, timestamp);
      // A timestamp cut to the second may name a second that began before the request was sent.
      const earliest = exchange.sentAt - skew - (timestamp.precisionMs - 1);
      const latest = exchange.receivedAt + skew;
      const received = `${name}: ${showValue(body[name])}`;
      const documented = `between ${new Date(earliest).toISOString()} and ${new Date(latest).toISOString()}`;
      if (timestamp.ms < earliest) {
        violations.push({
          checkId: id,
          title,
          message: `${name} is ${exchange.sentAt - timestamp.ms} ms before the request was sent, more than the allowed clock skew of ${skew} ms`,
          received,
          documented,
        });
      } else if (timestamp.ms > latest) {
        violations.push({
          checkId: id,
          title,
          message: `${name} is ${timestamp.ms - exchange.receivedAt} ms after the response was received, more than the allowed clock skew of ${skew} ms`,
          received,
          documented,
        });
      }
    }
    const created = read.get(CREATED_AT);
    const updated = read.get(UPDATED_AT);
    // Certainly earlier only when even the end of updatedAt's truncation unit is not after createdAt.
    if (created && updated && updated.ms + updated.precisionMs <= created.ms) {
      violations.push({
        checkId: id,
        title,
        message: `${UPDATED_AT} is ${created.ms - updated.ms} ms before ${CREATED_AT}`,
        received: `${UPDATED_AT}: ${showValue(body[UPDATED_AT])}, ${CREATED_AT}: ${showValue(body[CREATED_AT])}`,
        documented: `${UPDATED_AT} not before ${CREATED_AT}`,
      });
    }
    return violations;
  },
};
