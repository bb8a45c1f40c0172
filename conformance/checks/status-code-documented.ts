import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { documentedStatuses } from './support/documentedStatuses';
import { responseOf } from './support/responseOf';

const id = 'status-code-documented';
const title = 'Undocumented status code';

/** The status is documented for the operation: exactly, by a range such as `4XX`, or by `default`. */
export const statusCodeDocumented: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every status is documented',
  doc: 'The status is documented for the operation: exactly, by a range such as 4XX, or by default.',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response) return [];
    const operation = context.operationOf(exchange.testCase);
    if (documentedResponse(operation, response.status)) return [];
    return [
      {
        checkId: id,
        title,
        message: `Status ${response.status} is not documented for ${operation.method} ${operation.path}`,
        received: String(response.status),
        documented: documentedStatuses(operation),
      },
    ];
  },
};
