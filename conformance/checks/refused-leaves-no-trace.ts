import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { mismatchViolations, userName } from './support/modelMismatches';
import { responseOf } from './support/responseOf';

const id = 'refused-leaves-no-trace';
const title = 'Refused request left a trace';

/** A refused request (400, 401, 403, 404) changes nothing the API can show. */
export const refusedLeavesNoTrace: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'a refused request changes nothing',
  doc:
    'A request the server refused (400, 401, 403, 404) leaves no trace the API can show: the user a refused ' +
    'update names is described unchanged, and after a refused create a valid create reusing its username and ' +
    'email is accepted (201), not refused as taken.',
  appliesTo: (testCase) =>
    testCase.model?.agreement !== undefined || testCase.model?.reusesRefusedCreate !== undefined,
  needs: 'response',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    const refused = exchange.testCase.model?.reusesRefusedCreate;
    const response = responseOf(exchange);
    if (refused !== undefined && response?.status === 409) {
      return [
        {
          checkId: id,
          title,
          message: `A create reusing the username and email of ${refused}, which the server refused, got 409 as if they were taken`,
          received: '409',
          documented: `201: ${refused} was refused, so nothing took its values`,
        },
      ];
    }
    return mismatchViolations(
      exchange,
      id,
      title,
      (mismatch) =>
        `${userName(exchange)}'s ${mismatch.property} is not what it was before ${mismatch.expected.because}: a refused request changed it`,
    );
  },
};
