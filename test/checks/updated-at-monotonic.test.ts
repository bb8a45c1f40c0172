import { updatedAtMonotonic } from '../../conformance/checks/updated-at-monotonic';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, jsonResponse, modelCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const SEEN = '2026-01-15T09:30:00.500Z';
const describing = modelCase({
  summary: '200: user 1 as last seen',
  user: 'user 1',
  updatedAtNotBefore: {
    property: 'updatedAt',
    ms: Date.parse(SEEN),
    seen: 'updatedAt the update of step 2 returned',
  },
});
const answer = (updatedAt: string) =>
  exchangeFor(describing, jsonResponse(200, createdUser(undefined, { updatedAt })));

test('accepts the same time, a later one, and one truncated to the second it was in', () => {
  const context = contextFor(contract);
  for (const updatedAt of [SEEN, '2026-01-15T09:30:01Z', '2026-01-15T09:30:00Z']) {
    expect(updatedAtMonotonic.check(answer(updatedAt), context)).toEqual([]);
  }
});

test('rejects a time certainly before the one seen, saying by how much', () => {
  expect(updatedAtMonotonic.check(answer('2026-01-15T09:29:59.000Z'), contextFor(contract))).toEqual([
    {
      checkId: 'updated-at-monotonic',
      title: updatedAtMonotonic.title,
      message: "user 1's updatedAt went back 1500 ms, before the updatedAt the update of step 2 returned",
      received: 'updatedAt: "2026-01-15T09:29:59.000Z"',
      documented: 'updatedAt not before 2026-01-15T09:30:00.500Z (updatedAt the update of step 2 returned)',
    },
  ]);
});
