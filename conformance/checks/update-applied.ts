import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { mismatchViolations, userName } from './support/modelMismatches';

const id = 'update-applied';
const title = 'Update not applied as sent';

/** An update changes exactly the properties it sends, and later answers about the user show the change. */
export const updateApplied: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'an update changes exactly what it sends, and stays',
  doc:
    "An accepted update changes exactly the properties it sends (its answer shows them, and the user's other " +
    'properties as they were), and every later answer about the user shows the change: none is lost, ' +
    'partly applied or undone, concurrent updates of different properties included.',
  appliesTo: (testCase) => testCase.model?.agreement !== undefined,
  needs: 'whole-body',
  check(exchange: Exchange, _context: CheckContext): Violation[] {
    return mismatchViolations(
      exchange,
      id,
      title,
      (mismatch) => `${userName(exchange)}'s ${mismatch.property} is not what ${mismatch.expected.because}`,
    );
  },
};
