import type { Contract } from '../../core/spec/loadContract';
import type { TestCase } from '../model/testCase';
import { encodeBody } from '../mutations/encodeBody';
import { insertNonce } from './insertNonce';
import { nonceTargets } from './nonceTargets';

const NONCE = /^[a-z0-9]+$/;

/**
 * Makes a case's identifying values unique: puts `nonce` into every non-empty string property marked
 * `x-lakesail-unique: true` (username, email), keeping the edge shape (surrounding whitespace, and the length
 * of long values, whose tail it overwrites); an email gets it in its local part (`ada.<nonce>@example.com`).
 * Returns a new case with `bodyText` written again, as its Content-Type writes it (JSON, or form fields). The part
 * a mutation broke stays as it is, and so do bodies that are not JSON; a value that cannot carry the nonce (the
 * empty string) is left alone (see carriesNonce).
 */
export function withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase {
  if (!NONCE.test(nonce))
    throw new Error(`withNonce: the nonce must be lowercase letters and digits, got "${nonce}"`);
  if (testCase.keepsUniqueValues) return testCase;
  let value = testCase.body.value;
  for (const target of nonceTargets(contract, testCase)) {
    value = insertNonce(contract, value, target, nonce) ?? value;
  }
  if (value === testCase.body.value) return testCase;
  return {
    ...testCase,
    body: { ...testCase.body, value },
    bodyText: encodeBody(value, testCase.contentType),
  };
}
