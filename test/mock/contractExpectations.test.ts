import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type ContractExpectations, contractExpectations } from './support/contractExpectations';

// The rules the mock's tests apply, each shown accepting a good response and rejecting a broken one.
let contract: Contract;
let expectations: ContractExpectations;
const json = { 'content-type': 'application/json; charset=utf-8' };
const submitted = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};
const sentAt = Date.parse('2026-03-01T10:00:00.000Z');
const receivedAt = sentAt + 50;
const now = new Date(sentAt + 10).toISOString();
const user = { id: 'U7K2Q9XW3M', ...submitted, createdAt: now, updatedAt: now };

beforeAll(async () => {
  contract = await loadContract();
  expectations = contractExpectations(contract);
});

describe('responseProblems', () => {
  test('accepts a documented 201 User and a 401 Error with WWW-Authenticate', () => {
    expect(expectations.responseProblems({ status: 201, headers: json, text: JSON.stringify(user) })).toEqual(
      [],
    );
    expect(
      expectations.responseProblems({
        status: 401,
        headers: { ...json, 'www-authenticate': 'Bearer realm="x"' },
        text: '{"message":"no token"}',
      }),
    ).toEqual([]);
  });

  test('rejects a body that is not the documented schema', () => {
    expect(
      expectations.responseProblems({ status: 400, headers: json, text: '{"error":{"code":"x"}}' }),
    ).toEqual(["body (root) must have required property 'message'"]);
    const { id: _id, ...withoutId } = user;
    expect(
      expectations.responseProblems({ status: 201, headers: json, text: JSON.stringify(withoutId) }),
    ).toEqual(["body (root) must have required property 'id'"]);
  });

  test('rejects a 401 without WWW-Authenticate, or with another scheme', () => {
    expect(expectations.responseProblems({ status: 401, headers: json, text: '{"message":"x"}' })).toEqual([
      'required header WWW-Authenticate is missing',
    ]);
    expect(
      expectations.responseProblems({
        status: 401,
        headers: { ...json, 'www-authenticate': 'Basic realm="x"' },
        text: '{"message":"x"}',
      }),
    ).toEqual(['header WWW-Authenticate (root) must match pattern "^[Bb][Ee][Aa][Rr][Ee][Rr]( |$)"']);
  });

  test('rejects a wrong media type and a body that is not JSON', () => {
    expect(
      expectations.responseProblems({ status: 400, headers: { 'content-type': 'text/plain' }, text: 'bad' }),
    ).toEqual(['Content-Type is "text/plain", documented application/json', 'body is not JSON: bad']);
  });
});

describe('createdProblems', () => {
  test('accepts an exact echo with equal, current timestamps', () => {
    expect(expectations.createdProblems(submitted, { json: user, sentAt, receivedAt })).toEqual([]);
  });

  test('rejects a changed value, an undeclared property, a date in the past and updatedAt before createdAt', () => {
    const broken = {
      ...user,
      displayName: 'Ada',
      nickname: 'x',
      createdAt: '1929-06-09T04:41:21.0Z',
      updatedAt: '1897-06-19T23:57:54.0Z',
    };
    expect(expectations.createdProblems(submitted, { json: broken, sentAt, receivedAt })).toEqual([
      'undeclared property nickname',
      'displayName is "Ada", submitted "Ada Lovelace"',
      'createdAt "1929-06-09T04:41:21.0Z" is not between sending (2026-03-01T10:00:00.000Z) and receiving',
      'updatedAt "1897-06-19T23:57:54.0Z" is not between sending (2026-03-01T10:00:00.000Z) and receiving',
      'timestamps differ on creation: createdAt=1929-06-09T04:41:21.0Z, updatedAt=1897-06-19T23:57:54.0Z',
    ]);
  });
});
