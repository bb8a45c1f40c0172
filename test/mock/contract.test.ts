import { loadFixtures } from '../../core/fixtures/loadFixtures';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type RunningMock, startMock } from '../../mock/startMock';
import { type ContractExpectations, contractExpectations } from './support/contractExpectations';
import { type MockResponse, send } from './support/send';

// The mock keeps the contract: every fixture, every documented `Prefer: code`, every named example.
const TOKEN = 'admin-token-1234';
const FORBIDDEN = 'viewer-token-5678';
const fixtures = loadFixtures();
const validBody = fixtures.find((fixture) => fixture.id === 'valid-plain-ascii')?.body;

let mock: RunningMock;
let contract: Contract;
let expectations: ContractExpectations;
const createdIds: string[] = [];

beforeAll(async () => {
  contract = await loadContract();
  expectations = contractExpectations(contract);
  mock = await startMock({ port: 0, tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
});
afterAll(() => mock.close());

function post(headers: Record<string, string>, body: string): Promise<MockResponse> {
  return send(mock.url, { method: 'POST', path: contract.operation.path, headers, body });
}

function postFixture(fixture: RequestFixture, headers: Record<string, string> = {}): Promise<MockResponse> {
  return post(
    { Authorization: `Bearer ${TOKEN}`, 'Content-Type': fixture.contentType ?? '', ...headers },
    fixture.bodyText,
  );
}

/** What the message of a 400 must contain for a fixture: the property and the rule it breaks. */
function expectedMention(fixture: RequestFixture): string {
  if (fixture.violates) {
    const { keyword, pointer } = fixture.violates;
    if (keyword === 'required') return `must have required property '${pointer.slice(1)}'`;
    const subject = pointer === '' ? 'request body must' : `request body property ${pointer} must`;
    return keyword === 'format' ? `${subject} match format` : subject;
  }
  if (fixture.transport === 'invalid-json') return 'is not valid JSON';
  if (fixture.transport === 'empty-body') return 'is empty';
  return 'must be application/json';
}

describe.each(fixtures.map((fixture) => [fixture.id, fixture] as const))('fixture %s', (_id, fixture) => {
  test(`gets ${fixture.expect.join(' or ')} with a body as documented`, async () => {
    const response = await postFixture(fixture);
    expect(fixture.expect).toContain(response.status);
    expect(expectations.responseProblems(response)).toEqual([]);
    if (response.status === 201) {
      expect(expectations.createdProblems(fixture.body, response)).toEqual([]);
      createdIds.push((response.json as { id: string }).id);
    } else {
      expect((response.json as { message: string }).message).toContain(expectedMention(fixture));
    }
  });
});

test('every created user has its own id', () => {
  expect(createdIds.length).toBe(fixtures.filter((fixture) => fixture.kind === 'valid').length);
  expect(new Set(createdIds).size).toBe(createdIds.length);
});

describe('authentication comes before validation', () => {
  const malformed = fixtures.find((fixture) => fixture.id === 'malformed-json-syntax') as RequestFixture;

  test('no token: 401 with WWW-Authenticate, whatever the body', async () => {
    const response = await post({ 'Content-Type': 'application/json' }, malformed.bodyText);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="lakesail"');
    expect(expectations.responseProblems(response)).toEqual([]);
  });

  test('an unknown token: 401 with error="invalid_token", and the token never appears', async () => {
    const response = await post(
      { Authorization: 'Bearer not-a-known-token', 'Content-Type': 'application/json' },
      malformed.bodyText,
    );
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="lakesail", error="invalid_token"');
    expect(response.text).not.toContain('not-a-known-token');
    expect(expectations.responseProblems(response)).toEqual([]);
  });

  test('a forbidden token: 403, whatever the body', async () => {
    const response = await post(
      { Authorization: `Bearer ${FORBIDDEN}`, 'Content-Type': 'application/json' },
      malformed.bodyText,
    );
    expect(response.status).toBe(403);
    expect(response.json).toEqual({ message: 'The identity does not have the CanManageUsers permission.' });
    expect(response.text).not.toContain(FORBIDDEN);
  });

  test.each(['bearer', 'BEARER', 'BeArEr'])('the scheme is case-insensitive: %s', async (scheme) => {
    const response = await post(
      { Authorization: `${scheme} ${TOKEN}`, 'Content-Type': 'application/json' },
      JSON.stringify(validBody),
    );
    expect(response.status).toBe(201);
  });
});

// `default` is asked for with a status the spec does not list.
const documentedCodes = () =>
  contract.operation.responses.map((response) =>
    response.status === 'default' ? 500 : Number(response.status),
  );

describe('every documented Prefer: code', () => {
  test.each([false, true])('answers as documented (dynamic=%s)', async (dynamic) => {
    for (const code of documentedCodes()) {
      const response = await post(
        {
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          Prefer: `code=${code}${dynamic ? ', dynamic=true' : ''}`,
        },
        JSON.stringify(validBody),
      );
      expect({ code, status: response.status }).toEqual({ code, status: code });
      expect({ code, problems: expectations.responseProblems(response) }).toEqual({ code, problems: [] });
      expect({ code, undeclared: expectations.undeclaredProperties(code, response.json) }).toEqual({
        code,
        undeclared: [],
      });
      if (code === 201) expect(expectations.createdProblems(validBody, response)).toEqual([]);
    }
  });
});

describe('every named example', () => {
  test('Prefer: code=..., example=NAME returns the example unchanged', async () => {
    const responses = contract.document.paths as Record<string, Record<string, { responses: object }>>;
    const operation = responses[contract.operation.path]?.[contract.operation.method.toLowerCase()];
    let seen = 0;
    for (const [status, documented] of Object.entries(operation?.responses ?? {})) {
      const content = (documented as { content?: Record<string, { examples?: object }> }).content ?? {};
      for (const [name, example] of Object.entries(content['application/json']?.examples ?? {})) {
        const code = status === 'default' ? 500 : Number(status);
        const response = await post(
          {
            Authorization: `Bearer ${TOKEN}`,
            'Content-Type': 'application/json',
            Prefer: `code=${code}, example=${name}`,
          },
          JSON.stringify(validBody),
        );
        expect({ name, status: response.status, body: response.json }).toEqual({
          name,
          status: code,
          body: (example as { value: unknown }).value,
        });
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(documentedCodes().length);
  });
});
