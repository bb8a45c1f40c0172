import { describesCreatedUser } from '../../conformance/checks/describes-created-user';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, expecting, jsonResponse, modelCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const describing = (value: unknown) =>
  modelCase({
    summary: '200: user 1 as created',
    user: 'user 1',
    agreement: expecting('firstName', value, 'describes-created-user'),
  });

test('accepts a description that shows the user as created; a refusal or another check’s property is not its finding', () => {
  const context = contextFor(contract);
  expect(
    describesCreatedUser.check(exchangeFor(describing('Ada'), jsonResponse(200, createdUser())), context),
  ).toEqual([]);
  expect(
    describesCreatedUser.check(exchangeFor(describing('Eve'), jsonResponse(401, { message: 'no' })), context),
  ).toEqual([]);
  const otherCheck = modelCase({ summary: 's', agreement: expecting('firstName', 'Eve', 'update-applied') });
  expect(
    describesCreatedUser.check(exchangeFor(otherCheck, jsonResponse(200, createdUser())), context),
  ).toEqual([]);
});

test('rejects a description whose property differs from what the create returned, naming the user and why', () => {
  const violations = describesCreatedUser.check(
    exchangeFor(describing('Ada'), jsonResponse(200, createdUser(undefined, { firstName: 'Eve' }))),
    contextFor(contract),
  );
  expect(violations).toEqual([
    {
      checkId: 'describes-created-user',
      title: describesCreatedUser.title,
      message: expect.stringContaining('user 1'),
      received: 'firstName: "Eve"',
      documented: 'firstName: "Ada" (as created in step 1)',
    },
  ]);
});

test('rejects a 404 for a user the server created', () => {
  const violations = describesCreatedUser.check(
    exchangeFor(describing('Ada'), jsonResponse(404, { message: 'No such user.' })),
    contextFor(contract),
  );
  expect(violations).toMatchObject([
    { checkId: 'describes-created-user', received: '404', documented: '200 with user 1' },
  ]);
});
