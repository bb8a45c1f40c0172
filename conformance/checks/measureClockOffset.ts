import { documentedResponse } from '../../core/spec/loadContract';
import type { OperationContract } from '../../core/spec/operationContract';
import type { Exchange } from '../model/exchange';
import { dateTimeProperties } from './support/dateTimeProperties';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { timestampValue } from './support/timestampValue';

/**
 * How far the server's clock is ahead of the kit's (ms, negative when behind), measured from one 2xx answer to a
 * create: its creation timestamp minus the midpoint of sending and receiving. The timestamp is the property
 * with the `created-at` role when the response schema has one, else its first date-time property; undefined for
 * any other exchange (a describe's timestamps are from another time). A timestamp cut to the second counts as
 * the middle of its second.
 */
export function measureClockOffset(exchange: Exchange, operation: OperationContract): number | undefined {
  if (exchange.testCase.action !== 'create') return undefined;
  const response = responseOf(exchange);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  if (response.bodyCutAtBytes !== undefined) return undefined;
  const documented = documentedResponse(operation, response.status);
  const name = documented?.roles['created-at'] ?? dateTimeProperties(documented?.schema)[0];
  const parsed = parseResponseBody(response);
  if (name === undefined || !parsed.ok || parsed.value === null || typeof parsed.value !== 'object') {
    return undefined;
  }
  const timestamp = timestampValue((parsed.value as Record<string, unknown>)[name]);
  if (!timestamp) return undefined;
  const serverTime = timestamp.ms + (timestamp.precisionMs - 1) / 2;
  return Math.round(serverTime - (exchange.sentAt + exchange.receivedAt) / 2);
}
