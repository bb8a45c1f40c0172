import { immutableProperties } from '../../conformance/checks/immutable-properties';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  contextFor,
  createdUser,
  exchangeFor,
  expecting,
  jsonResponse,
  modelCase,
  violationsOf,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const created = createdUser();
const describing = modelCase({
  summary: '200: user 1 as last seen',
  user: 'user 1',
  agreement: {
    ...expecting('id', created.id, 'immutable-properties', { because: 'the create of step 1 returned' }),
    ...expecting('createdAt', created.createdAt, 'immutable-properties', {
      instant: true,
      because: 'the create of step 1 returned',
    }),
  },
});

test('accepts the same id and the same creation instant, written another way', () => {
  const sameInstant = created.createdAt.replace('Z', '+00:00');
  const answer = jsonResponse(200, { ...created, createdAt: sameInstant });
  expect(immutableProperties.check(exchangeFor(describing, answer), contextFor(contract))).toEqual([]);
});

test('rejects a changed id and a changed creation time, one violation each', () => {
  const answer = jsonResponse(200, { ...created, id: 'OTHER1', createdAt: '2030-01-01T00:00:00Z' });
  const violations = violationsOf(
    immutableProperties.check(exchangeFor(describing, answer), contextFor(contract)),
  );
  expect(violations.map((violation) => violation.message)).toEqual([
    "user 1's id changed: it is not what the create of step 1 returned",
    "user 1's createdAt changed: it is not what the create of step 1 returned",
  ]);
  expect(violations[0]).toMatchObject({ checkId: 'immutable-properties', received: 'id: "OTHER1"' });
});
