import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { responseOf } from './support/responseOf';

const id = 'unknown-id-404';
const title = 'Unknown id answered';

/** An ID no user ever had is not found: a 2xx would describe or change a user that does not exist. */
export const unknownId404: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'an id no user has gets 404',
  doc:
    "A describe or update naming a valid ID that no user ever had (20 characters carrying the run's nonce) gets " +
    '404 (or the refusal its other faults call for), never a 2xx about a user that does not exist.',
  appliesTo: (testCase) => testCase.model?.neverCreated === true,
  needs: 'response',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response || response.status < 200 || response.status > 299) return [];
    const idValue = Object.values(exchange.testCase.pathParameters)[0] ?? '';
    return [
      {
        checkId: id,
        title,
        message: `ID ${idValue}, which no user ever had, got ${response.status} instead of 404`,
        received: String(response.status),
        documented: '404',
      },
    ];
  },
};
