import type { TestCase } from '../model/testCase';
import type { Contract } from '../spec/loadContract';
import { insertNonce } from './insertNonce';
import { nonceTargets } from './nonceTargets';

// As long as a long run id plus a counter: a value with room for this has room for any real nonce.
const PROBE = 'probe0000000';

/**
 * False when one of the case's identifying values cannot carry a nonce (the empty username): the same value may
 * have been created by an earlier run, so a 409 or other `default` error for this case proves nothing.
 * Gives the same answer before and after withNonce.
 */
export function carriesNonce(contract: Contract, testCase: TestCase): boolean {
  const body = testCase.body.value;
  return nonceTargets(contract, testCase).every(
    (target) => insertNonce(contract, body, target, PROBE) !== undefined,
  );
}
