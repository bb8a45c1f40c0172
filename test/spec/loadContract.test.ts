import { loadContract } from '../../conformance/spec/loadContract';

test('loads the CreateUser operation from the shipped spec', async () => {
  const contract = await loadContract();
  expect(contract.operation.method).toBe('POST');
  expect(contract.operation.path).toBe('/api/org/v1/users');
});
