import { unknownId404 } from '../../conformance/checks/unknown-id-404';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { contextFor, createdUser, exchangeFor, jsonResponse, modelCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const UNKNOWN = 'ZZZZZZZZZZZZZZR1X000';
const unknown = modelCase({ summary: '404: no such user', neverCreated: true }, { id: UNKNOWN });

test('accepts 404 and the refusals other faults call for', () => {
  for (const status of [404, 400, 401, 403]) {
    expect(
      unknownId404.check(exchangeFor(unknown, jsonResponse(status, { message: 'no' })), contextFor(contract)),
    ).toEqual([]);
  }
});

test('rejects a 2xx about a user that never existed', () => {
  const violations = unknownId404.check(
    exchangeFor(unknown, jsonResponse(200, createdUser(undefined, { id: UNKNOWN }))),
    contextFor(contract),
  );
  expect(violations).toEqual([
    {
      checkId: 'unknown-id-404',
      title: unknownId404.title,
      message: `ID ${UNKNOWN}, which no user ever had, got 200 instead of 404`,
      received: '200',
      documented: '404',
    },
  ]);
});
