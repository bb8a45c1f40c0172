import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';

const id = 'response-time';
const title = 'Response time limit exceeded';

/** Every request gets a complete response within the timeout; a hanging server is a violation. */
export const responseTime: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every response within the timeout',
  doc: 'Every request gets a complete response within the timeout (5000 ms by default); a hang is a violation.',
  appliesTo: () => true,
  needs: 'outcome',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const { outcome } = exchange;
    if (outcome.kind === 'timeout') {
      return [
        {
          checkId: id,
          title,
          message: `No response within ${outcome.timeoutMs} ms`,
          received: `no response after ${outcome.timeoutMs} ms`,
          documented: `a response within ${outcome.timeoutMs} ms`,
          // A hang is another defect than a slow answer: one must not hide the other.
          cause: 'no response',
        },
      ];
    }
    // A target that cannot enforce the timeout itself (an in-process app) may still deliver a late response.
    const elapsed = exchange.receivedAt - exchange.sentAt;
    if (outcome.kind === 'response' && elapsed > context.timeoutMs) {
      return [
        {
          checkId: id,
          title,
          message: `The response took ${elapsed} ms, more than the ${context.timeoutMs} ms limit`,
          received: `${elapsed} ms`,
          documented: `a response within ${context.timeoutMs} ms`,
          cause: 'late response',
        },
      ];
    }
    return [];
  },
};
