import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';
import { timestampValue } from './support/timestampValue';

const id = 'updated-at-monotonic';
const title = 'Last-update time went back';

/** A user's last-update time never goes back. */
export const updatedAtMonotonic: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: "a user's last-update time never goes back",
  doc:
    'The property marked `x-lakesail-role: updated-at` is never earlier, in any answer about a user, than the ' +
    'latest value an earlier answer about that user showed (it may stay the same when nothing changed).',
  appliesTo: (testCase) => testCase.model?.updatedAtNotBefore !== undefined,
  needs: 'whole-body',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    const notBefore = exchange.testCase.model?.updatedAtNotBefore;
    const response = responseOf(exchange);
    if (!notBefore || !response || response.status < 200 || response.status > 299) return [];
    const parsed = parseResponseBody(response);
    if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return [];
    const value = (parsed.value as Record<string, unknown>)[notBefore.property];
    const timestamp = timestampValue(value);
    // Certainly earlier only when even the end of its truncation unit is before the earlier value.
    if (!timestamp || timestamp.ms + timestamp.precisionMs - 1 >= notBefore.ms) return [];
    return [
      {
        checkId: id,
        title,
        message: `${exchange.testCase.model?.user ?? 'The user'}'s ${notBefore.property} went back ${notBefore.ms - timestamp.ms} ms, before the ${notBefore.seen}`,
        received: `${notBefore.property}: ${showValue(value)}`,
        documented: `${notBefore.property} not before ${new Date(notBefore.ms).toISOString()} (${notBefore.seen})`,
      },
    ];
  },
};
