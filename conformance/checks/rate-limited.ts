import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { headerValue } from './support/headerValue';
import { truncate } from './support/truncate';

const id = 'rate-limited';
const title = 'Rate limited without end';

/** The server's rate limits let the run finish; the exchange where the kit gave up on them is the violation. */
export const rateLimited: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'rate limits that let the run finish',
  doc:
    'The server lets the run finish: a 429 is waited out (Retry-After up to 10 s, else 1 s) and the request sent ' +
    'again, but a request answered 429 three times running, ten 429s in a row, or a Retry-After above 10 s stop ' +
    'the run, and this check reports where.',
  appliesTo: () => true,
  needs: 'outcome',
  check(exchange: Exchange): Violation[] {
    const { outcome } = exchange;
    if (outcome.kind !== 'rate-limited') return [];
    const retryAfter = headerValue(outcome.response, 'retry-after');
    return [
      {
        checkId: id,
        title,
        message: `The run stopped: ${outcome.rule}; nothing more was sent`,
        received:
          retryAfter === undefined
            ? '429 without Retry-After'
            : `429 with Retry-After: ${truncate(retryAfter)}`,
        documented: 'rate limits the kit can wait out: Retry-After up to 10 s, an answer by the third try',
      },
    ];
  },
};
