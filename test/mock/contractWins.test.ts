import type { MockContext } from '../../mock/mockContext';
import type { MockOperation } from '../../mock/mockOperation';
import { type Exchange, shapeAnswer } from '../../mock/shapeAnswer';

// Prism validates a request with its own validator; the contract's (stricter formats, the bundled spec) may
// refuse a body Prism let through. Then the contract wins: 400 naming what the contract refuses, never a 201.
test('a body Prism let through but the contract refuses gets 400, with the contract’s reason', async () => {
  const exchange = {
    operation: {} as MockOperation,
    path: '/api/org/v1/users',
    contentType: 'application/json',
    token: 'admin-token-1234',
    body: {
      value: { email: 'ada@example' },
      checked: true,
      issues: [
        {
          pointer: '/email',
          keyword: 'format',
          message: 'must match format "email"',
          params: { format: 'email' },
        },
      ],
    },
    preferences: {},
    code: undefined,
    prism: {
      kind: 'response',
      response: { statusCode: 201, headers: {}, body: { id: 'U7K2Q9XW3M' } },
      inputViolations: [],
    },
  } as unknown as Exchange;
  const answer = await shapeAnswer({} as MockContext, exchange);
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({ message: expect.stringContaining('/email must match format "email"') });
});
