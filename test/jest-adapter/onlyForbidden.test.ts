import { ALL_CHECKS } from '../../conformance/checks';
import { onlyForbidden } from '../../conformance/jestAdapter/onlyForbidden';
import type { Check } from '../../conformance/model/check';

test('a check of forbidden-token cases only is one; the sequences checks, which apply to no single request, are not', () => {
  const base = ALL_CHECKS[0] as Check;
  const forbiddenOnly = {
    ...base,
    appliesTo: (testCase) => testCase.credentials.mode === 'forbidden',
  } as Check;
  expect(onlyForbidden(forbiddenOnly)).toBe(true);
  expect(ALL_CHECKS.filter(onlyForbidden).map((check) => check.id)).toEqual([]);
  expect(onlyForbidden(ALL_CHECKS.find((check) => check.id === 'update-applied') as Check)).toBe(false);
});
