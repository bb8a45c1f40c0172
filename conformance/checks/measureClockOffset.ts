import { type Contract, documentedResponse } from '../../core/spec/loadContract';
import type { Exchange } from '../model/exchange';
import { dateTimeProperties } from './support/dateTimeProperties';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { CREATED_AT } from './support/timestampRoles';
import { timestampValue } from './support/timestampValue';

/**
 * How far the server's clock is ahead of the kit's (ms, negative when behind), measured from one 2xx
 * exchange: its creation timestamp minus the midpoint of sending and receiving. The timestamp is `createdAt`
 * when the response schema has it as a date-time, else its first date-time property; undefined when the
 * exchange has none. A timestamp cut to the second counts as the middle of its second.
 */
export function measureClockOffset(exchange: Exchange, contract: Contract): number | undefined {
  const response = responseOf(exchange);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  if (response.bodyCutAtBytes !== undefined) return undefined;
  const schema = documentedResponse(contract.operation, response.status)?.schema;
  const names = dateTimeProperties(schema);
  const name = names.includes(CREATED_AT) ? CREATED_AT : names[0];
  const parsed = parseResponseBody(response);
  if (name === undefined || !parsed.ok || parsed.value === null || typeof parsed.value !== 'object') {
    return undefined;
  }
  const timestamp = timestampValue((parsed.value as Record<string, unknown>)[name]);
  if (!timestamp) return undefined;
  const serverTime = timestamp.ms + (timestamp.precisionMs - 1) / 2;
  return Math.round(serverTime - (exchange.sentAt + exchange.receivedAt) / 2);
}
