import type { TestCase } from '../model/testCase';
import { encodeBody } from '../mutations/encodeBody';
import { setAtPointer } from '../mutations/updateAtPointer';

/** The case with its `takenValues` set in its body (after the nonce went in), its body text written again. */
export function withTakenValues(testCase: TestCase): TestCase {
  const taken = Object.entries(testCase.takenValues ?? {});
  if (taken.length === 0) return testCase;
  let value = testCase.body.value;
  for (const [pointer, takenValue] of taken) value = setAtPointer(value, pointer, takenValue);
  return {
    ...testCase,
    body: { ...testCase.body, value },
    bodyText: encodeBody(value, testCase.contentType),
  };
}
