import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { mismatchViolations, userName } from './support/modelMismatches';
import { responseOf } from './support/responseOf';

const id = 'describes-created-user';
const title = 'Description disagrees with the user';

/** A created user can be described, and the description agrees with what the server said of it before. */
export const describesCreatedUser: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'a created user is described as it was created',
  doc:
    'A user the server created can be described (not 404), and the description agrees with what the create ' +
    'returned on every property the response schema declares (date-times as instants; undeclared ones may differ).',
  appliesTo: (testCase) => testCase.action === 'describe' && testCase.model?.agreement !== undefined,
  needs: 'response',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response) return [];
    if (response.status === 404) {
      return [
        {
          checkId: id,
          title,
          message: `${userName(exchange)}, which the server created, cannot be described: 404`,
          received: '404',
          documented: `200 with ${userName(exchange)}`,
        },
      ];
    }
    return mismatchViolations(
      exchange,
      id,
      title,
      (mismatch) =>
        `${userName(exchange)} is described with another ${mismatch.property} than ${mismatch.expected.because}`,
    );
  },
};
