import { uniqueIds } from '../../conformance/checks/unique-ids';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  runCheckOver,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const created = (id: string, label: string) => {
  const testCase = { ...validCase({ value: { ...ADA, username: label } }), label };
  return exchangeFor(testCase, jsonResponse(201, createdUser(ADA, { id })));
};

test('accepts created users with distinct ids; refusals do not count', () => {
  const exchanges = [
    created('A1', 'first'),
    exchangeFor(validCase(), jsonResponse(400, { message: 'A1' })),
    created('A2', 'second'),
    exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true }),
  ];
  expect(runCheckOver(uniqueIds, exchanges, contextFor(contract))).toEqual([]);
});

test('rejects an id returned twice, pointing at the exchange that repeated it', () => {
  const exchanges = [created('A1', 'first'), created('A2', 'second'), created('A1', 'third')];
  expect(runCheckOver(uniqueIds, exchanges, contextFor(contract))).toEqual([
    {
      checkId: 'unique-ids',
      title: 'Duplicate resource id',
      message: 'The created resource got id "A1", already returned for an earlier request (first)',
      received: 'id: "A1"',
      documented: 'a different id for every created resource',
      exchangeIndex: 2,
    },
  ]);
});
