import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { headerValue } from './support/headerValue';
import { responseOf } from './support/responseOf';

const id = 'response-size';
const title = 'Response size limit exceeded';

/** Every response body fits in the size limit: past it the kit stops reading and closes the connection. */
export const responseSize: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every response body within the size limit',
  doc:
    'Every response body fits in the size limit (2 MiB by default, --max-response-bytes): past it the kit ' +
    'stops reading and closes the connection, so no server can make it read without end.',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (response?.bodyCutAtBytes === undefined) return [];
    const limit = bytes(response.bodyCutAtBytes);
    const declared = headerValue(response, 'content-length');
    return [
      {
        checkId: id,
        title,
        message: `The ${response.status} response body is longer than ${limit}: the kit read that much and closed the connection`,
        received:
          declared === undefined
            ? `more than ${limit} (no Content-Length)`
            : `more than ${limit} (Content-Length: ${declared})`,
        documented: `a body of at most ${bytes(context.maxResponseBytes)} (--max-response-bytes)`,
      },
    ];
  },
};

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`;
}
