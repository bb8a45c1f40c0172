import fc from 'fast-check';
import { planCases } from '../../conformance/cases/planCases';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { loadContract } from '../../core/spec/loadContract';

/** Non-ASCII and control characters as `\u{...}`, so a snapshot diff is readable in any review tool. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (character) => `\\u{${character.codePointAt(0)?.toString(16)}}`);
}

// Pinned seeds: a change to the generators, the mutations or the spec shows up here, in review, as a snapshot
// diff, never as a silent drift of what the kit sends. Update with `npx jest test/cases -u` when intended.
test('generated samples of every group, seed 42', async () => {
  const plan = planCases(await loadContract(), loadFixtures());
  const sampled = Object.fromEntries(
    plan.groups.map((group) => [
      group.name,
      fc.sample(group.arbitrary, { seed: 42, numRuns: 5 }).map((testCase) => ({
        label: testCase.label,
        expectedStatuses: testCase.expectedStatuses.join(' '),
        contentType: testCase.contentType,
        bodyText: visible(testCase.bodyText),
      })),
    ]),
  );
  expect(sampled).toMatchSnapshot();
});

test('the explicit cases, in order', async () => {
  const plan = planCases(await loadContract(), loadFixtures());
  expect(
    plan.explicit.map((testCase) => visible(`${testCase.label} -> ${testCase.expectedStatuses.join(' ')}`)),
  ).toMatchSnapshot();
});
