import fc from 'fast-check';
import type { TestCase } from '../model/testCase';

/**
 * The cases fast-check generates for `runs` runs of `seed`, in run order: run `i` is the case at path `i`, so a
 * failure found by sending them can be shrunk and replayed with `{ seed, path }`. Generated up front, so they can
 * be sent concurrently while the run stays deterministic.
 */
export function generateCases<T = TestCase>(arbitrary: fc.Arbitrary<T>, seed: number, runs: number): T[] {
  const cases: T[] = [];
  if (runs <= 0) return cases;
  fc.check(
    fc.property(arbitrary, (testCase) => {
      cases.push(testCase);
      return true;
    }),
    { seed, numRuns: runs },
  );
  return cases;
}

/** The one case at `path` (`3`, or `3:1:0` for a shrunk one) of `seed`. */
export function caseAtPath<T = TestCase>(arbitrary: fc.Arbitrary<T>, seed: number, path: string): T {
  let found: T | undefined;
  fc.check(
    fc.property(arbitrary, (testCase) => {
      found = testCase;
      // Failing at once with endOnFailure stops fast-check at the first value: the one at `path`.
      return false;
    }),
    { seed, path, endOnFailure: true, numRuns: 1 },
  );
  if (found === undefined) throw new Error(`no case at path ${path}`);
  return found;
}
