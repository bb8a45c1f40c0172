import { refusedLeavesNoTrace } from '../../conformance/checks/refused-leaves-no-trace';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  expecting,
  jsonResponse,
  modelCase,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

// A create that reuses the username and email of the refused create of step 2.
const reuse = {
  ...validCase(),
  model: { summary: '201: user 2 created', reusesRefusedCreate: 'the create of step 2' },
};
// A describe after a refused update of displayName.
const describing = modelCase({
  summary: '200: user 1 as last seen',
  user: 'user 1',
  agreement: expecting('displayName', ADA.displayName, 'refused-leaves-no-trace', {
    because: 'the refused update of step 2',
  }),
});

test('accepts the reused values created, and a user unchanged by the refused update', () => {
  const context = contextFor(contract);
  expect(refusedLeavesNoTrace.check(exchangeFor(reuse, jsonResponse(201, createdUser())), context)).toEqual(
    [],
  );
  expect(
    refusedLeavesNoTrace.check(exchangeFor(describing, jsonResponse(200, createdUser())), context),
  ).toEqual([]);
});

test('rejects a 409 for values only a refused create used', () => {
  expect(
    refusedLeavesNoTrace.check(
      exchangeFor(reuse, jsonResponse(409, { message: 'taken' })),
      contextFor(contract),
    ),
  ).toEqual([
    {
      checkId: 'refused-leaves-no-trace',
      title: refusedLeavesNoTrace.title,
      message:
        'A create reusing the username and email of the create of step 2, which the server refused, got 409 as if they were taken',
      received: '409',
      documented: '201: the create of step 2 was refused, so nothing took its values',
    },
  ]);
});

test('rejects a user the refused update changed', () => {
  const changed = createdUser(undefined, { displayName: 'Countess of Lovelace' });
  expect(
    refusedLeavesNoTrace.check(exchangeFor(describing, jsonResponse(200, changed)), contextFor(contract)),
  ).toMatchObject([
    {
      checkId: 'refused-leaves-no-trace',
      message:
        "user 1's displayName is not what it was before the refused update of step 2: a refused request changed it",
      received: 'displayName: "Countess of Lovelace"',
    },
  ]);
});
