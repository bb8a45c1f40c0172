import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { responseOf } from './support/responseOf';
import { truncate } from './support/truncate';

const id = 'not-a-server-error';
const title = 'Server error';

/** No request, valid or not, ever gets a 5xx status. */
export const notAServerError: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'no 5xx status, ever',
  doc: 'No request, valid or not, ever gets a 5xx status: a server error is never a conformant answer.',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange): Violation[] {
    const response = responseOf(exchange);
    if (!response || response.status < 500 || response.status > 599) return [];
    return [
      {
        checkId: id,
        title,
        message: `The server answered ${response.status}: a server error is never a conformant answer`,
        received: truncate(`${response.status} ${response.bodyText}`.trim()),
        documented: 'a status below 500',
      },
    ];
  },
};
