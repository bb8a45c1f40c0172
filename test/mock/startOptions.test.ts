import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { DEFAULT_FORBIDDEN_TOKEN } from '../../mock/mockOptions';
import { type RunningMock, startMock } from '../../mock/startMock';
import { type ContractExpectations, contractExpectations } from './support/contractExpectations';
import { type MockResponse, send } from './support/send';

// A mock started without --token (any bearer token is valid), with the default --forbidden-token,
// in --dynamic mode with a --seed, and with a body limit of 8 MiB.
const validBody = loadFixtures().find((fixture) => fixture.id === 'valid-plain-ascii')?.body as object;
const MAX_BODY_BYTES = 8 * 1024 * 1024;

let mock: RunningMock;
let contract: Contract;
let expectations: ContractExpectations;

beforeAll(async () => {
  contract = await loadContract();
  expectations = contractExpectations(contract);
  mock = await startMock({ port: 0, dynamic: true, seed: 'lakesail', maxBodyBytes: MAX_BODY_BYTES });
});
afterAll(() => mock.close());

function post(token: string, body: unknown, headers: Record<string, string> = {}): Promise<MockResponse> {
  return send(mock.url, {
    method: 'POST',
    path: contract.operation.path,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

test('without --token, any bearer token is valid', async () => {
  for (const token of ['anything', 'another-one-42']) {
    const response = await post(token, validBody);
    expect(response.status).toBe(201);
  }
});

test(`the default forbidden token is ${DEFAULT_FORBIDDEN_TOKEN}: 403`, async () => {
  const response = await post(DEFAULT_FORBIDDEN_TOKEN, validBody);
  expect(response.status).toBe(403);
  expect(expectations.responseProblems(response)).toEqual([]);
});

test('--dynamic: a 201 still echoes the request, with current timestamps and no invented property', async () => {
  const response = await post('anything', validBody);
  expect(response.status).toBe(201);
  expect(expectations.responseProblems(response)).toEqual([]);
  expect(expectations.createdProblems(validBody, response)).toEqual([]);
});

test('--dynamic: generated error bodies are Errors with no invented property', async () => {
  for (const code of [400, 401, 403, 500]) {
    const response = await post('anything', validBody, { Prefer: `code=${code}` });
    expect({ code, problems: expectations.responseProblems(response) }).toEqual({ code, problems: [] });
    expect({ code, undeclared: expectations.undeclaredProperties(code, response.json) }).toEqual({
      code,
      undeclared: [],
    });
  }
});

test('--seed: the generator repeats its bodies', async () => {
  const first = await post('anything', validBody, { Prefer: 'code=400' });
  const second = await post('anything', validBody, { Prefer: 'code=400' });
  expect(second.json).toEqual(first.json);
});

test('a valid body of several MiB under --max-body-bytes gets 201 and is echoed', async () => {
  const body = { ...validBody, displayName: 'd'.repeat(5 * 1024 * 1024) };
  const response = await post('anything', body);
  expect(response.status).toBe(201);
  expect(expectations.createdProblems(body, response)).toEqual([]);
});
