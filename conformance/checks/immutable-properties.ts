import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { mismatchViolations, userName } from './support/modelMismatches';

const id = 'immutable-properties';
const title = 'Immutable property changed';

/** The id and the creation time of a user never change. */
export const immutableProperties: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: "a user's id and creation time never change",
  doc:
    'The properties marked `x-lakesail-role: id` and `created-at` keep the value the create returned in every ' +
    'later answer about the user (describe, update), date-times compared as instants.',
  appliesTo: (testCase) => testCase.model?.agreement !== undefined,
  needs: 'whole-body',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    return mismatchViolations(
      exchange,
      id,
      title,
      (mismatch) =>
        `${userName(exchange)}'s ${mismatch.property} changed: it is not what ${mismatch.expected.because}`,
    );
  },
};
