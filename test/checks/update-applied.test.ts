import { updateApplied } from '../../conformance/checks/update-applied';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, expecting, jsonResponse, modelCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

// The update sends a new displayName; the model expects the answer to show it as sent.
const update = modelCase(
  {
    summary: '200: user 1 updated',
    user: 'user 1',
    agreement: expecting('displayName', undefined, 'update-applied', {
      sentAt: '/displayName',
      because: 'the update of step 2 sent',
    }),
  },
  { action: 'update', value: { displayName: 'Countess of Lovelace' } },
);

test('accepts an answer that shows the property as the update sent it; a refusal is not its finding', () => {
  const context = contextFor(contract);
  const applied = createdUser(undefined, { displayName: 'Countess of Lovelace' });
  expect(updateApplied.check(exchangeFor(update, jsonResponse(200, applied)), context)).toEqual([]);
  expect(updateApplied.check(exchangeFor(update, jsonResponse(400, { message: 'no' })), context)).toEqual([]);
});

test('rejects an answer that kept the old value, showing what was sent', () => {
  const violations = updateApplied.check(
    exchangeFor(update, jsonResponse(200, createdUser())),
    contextFor(contract),
  );
  expect(violations).toEqual([
    {
      checkId: 'update-applied',
      title: updateApplied.title,
      message: "user 1's displayName is not what the update of step 2 sent",
      received: 'displayName: "Ada Lovelace"',
      documented: 'displayName: "Countess of Lovelace" (the update of step 2 sent)',
    },
  ]);
});
