import { withTakenValues } from '../cases/withTakenValues';
import type { TestCase } from '../model/testCase';
import type { ResourceOperations } from '../sequences/resourceOperations';
import { type SequenceContext, SequenceStopped } from '../sequences/sequenceContext';
import type { PlanRun } from './planRun';

/** The length of an id no user has: a ResourceId's longest, which no server assigns in practice. */
const MISSING_ID_LENGTH = 20;

/**
 * What one run of a sequence sends through: the run's sender, with the sequence's own block of nonces, reserved
 * when it starts, so concurrent sequences put the same values in the same requests on every run.
 */
export function sequenceContextFor(
  run: PlanRun,
  resource: ResourceOperations,
  nonceCount: number,
): SequenceContext {
  const nonces = run.sender.reserveNonces(nonceCount);
  let next = 0;
  const nonce = () => nonces(next++);
  return {
    resource,
    hasForbiddenToken: run.input.hasForbiddenToken,
    missingId: () => missingId(nonce()),
    async send(testCase: TestCase) {
      const contract = run.input.contractOf(testCase.operationId);
      const fresh =
        testCase.keepsUniqueValues || !contract ? testCase : run.input.withNonce(contract, testCase, nonce());
      const sent = withTakenValues(fresh);
      // The give-up on a rate limit comes back once, as an exchange to judge; then nothing is sent any more.
      const exchange = await run.sender.send({ ...sent, keepsUniqueValues: true });
      if (exchange === undefined) throw new SequenceStopped();
      return exchange;
    },
  };
}

/** `ZABC123F00000000000`: the nonce in upper case, padded to 20 characters (its end kept when longer). */
function missingId(nonce: string): string {
  const core = `Z${nonce.toUpperCase()}`;
  return core.length <= MISSING_ID_LENGTH
    ? core.padEnd(MISSING_ID_LENGTH, '0')
    : `Z${core.slice(-(MISSING_ID_LENGTH - 1))}`;
}
