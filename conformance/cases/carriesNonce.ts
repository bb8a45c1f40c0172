import type { Contract } from '../../core/spec/loadContract';
import type { TestCase } from '../model/testCase';
import { insertNonce } from './insertNonce';
import { nonceTargets } from './nonceTargets';

// Longer than a run id plus a counter: a value with room for this has room for any real nonce.
const PROBE = 'probe0000000000000000000';

/**
 * False when one of the case's identifying values cannot carry a nonce (the empty username): the same value may
 * have been created by an earlier run, so a 409 or other `default` error for this case proves nothing.
 * Pass the run's `nonce` for an exact answer; without it the answer errs towards false (a longer probe), so a
 * value near a spec's maxLength is at worst inconclusive, never a false alarm. Works before and after withNonce.
 */
export function carriesNonce(
  contract: Contract,
  testCase: Pick<TestCase, 'body'>,
  nonce: string = PROBE,
): boolean {
  const body = testCase.body.value;
  return nonceTargets(contract, testCase).every(
    (target) => insertNonce(contract, body, target, nonce) !== undefined,
  );
}
