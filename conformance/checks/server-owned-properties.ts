import { isDeepStrictEqual } from 'node:util';
import { isObject } from '../../core/json/jsonObject';
import { toPointer } from '../../core/spec/jsonPointer';
import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { serverOwnedPropertyNames } from './support/serverOwnedPropertyNames';
import { showValue } from './support/showValue';
import { timestampValue } from './support/timestampValue';

const id = 'server-owned-properties';
const title = 'Server-owned property set by the request';

/**
 * A create's 2xx answer keeps what the server owns its own: a value the request body sent for a property with
 * a role, or one the request schema does not declare (an id, a time), never comes back as the answer's.
 */
export const serverOwnedProperties: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'the server sets its own id and times',
  doc:
    "A 201 keeps the properties the server owns its own (those with an x-lakesail-role, and the response's " +
    'properties the request schema does not declare: id, createdAt, updatedAt): a value the request body sent ' +
    'for one never comes back as it.',
  appliesTo: (testCase) => testCase.action === 'create' && testCase.body.mode === 'valid',
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    const submitted = exchange.testCase.body.value;
    if (!response || response.status < 200 || response.status > 299 || !isObject(submitted)) return [];
    const operation = context.operationOf(exchange.testCase);
    const documented = documentedResponse(operation, response.status);
    const parsed = parseResponseBody(response);
    // A body that is not a JSON object is response-schema-conformance's finding, not this check's.
    if (!documented || !parsed.ok || !isObject(parsed.value)) return [];
    const answered = parsed.value;
    return serverOwnedPropertyNames(operation, documented)
      .filter((name) => Object.hasOwn(submitted, name) && sameValue(submitted[name], answered[name]))
      .map((name) => {
        const pointer = toPointer([name]);
        return {
          checkId: id,
          title,
          message: `The ${response.status} response's ${pointer} is the value the request body sent: the body set a property the server owns`,
          received: `${pointer}: ${showValue(answered[name])} (as sent)`,
          documented: `${pointer}: the server's own, whatever the body sends`,
        };
      });
  },
};

/** Equal JSON values, or two timestamps of the same instant (a server may write the planted time its own way). */
function sameValue(sent: unknown, answered: unknown): boolean {
  if (isDeepStrictEqual(sent, answered)) return true;
  const [a, b] = [timestampValue(sent), timestampValue(answered)];
  return a !== undefined && b !== undefined && a.ms === b.ms;
}
