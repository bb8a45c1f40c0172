import path from 'node:path';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type RunningMock, startMock } from '../../mock/startMock';
import { loadScenarios, type Scenario } from './support/loadScenarios';
import { scenarioProblems } from './support/scenarioProblems';
import { send } from './support/send';

// End-to-end behaviour of the mock, pinned as data: one file per scenario in ./scenarios. The mock runs
// as `npm run mock -- --token admin-token-1234 --forbidden-token viewer-token-5678` would start it.
const scenarios = loadScenarios(path.join(__dirname, 'scenarios'));

let mock: RunningMock;
let contract: Contract;

beforeAll(async () => {
  contract = await loadContract();
  mock = await startMock({ port: 0, tokens: ['admin-token-1234'], forbiddenTokens: ['viewer-token-5678'] });
});
afterAll(() => mock.close());

test.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
  const { method, path: target, headers, bodyText } = scenario.request;
  const request: Parameters<typeof send>[1] = { method, path: target, headers };
  if (bodyText !== undefined) request.body = bodyText;
  const response = await send(mock.url, request);
  expect(scenarioProblems(scenario, response, contract)).toEqual([]);
});

describe('the scenario runner', () => {
  const scenario = (expectBody: Scenario['expect']['body'], headers: Scenario['expect']['headers'] = {}) =>
    ({
      name: 'sample',
      why: 'runner self-test',
      request: {
        method: 'POST',
        path: '/',
        headers: {},
        bodyText: '{"username":"ada"}',
        body: { username: 'ada' },
      },
      expect: { status: 201, headers, body: expectBody },
    }) satisfies Scenario;
  const response = (json: unknown, status = 201, headers: Record<string, string> = {}) => ({
    status,
    headers,
    text: JSON.stringify(json),
    json,
  });

  test('rejects a different status, a wrong or unwanted header, and a body that is present', () => {
    const expected = scenario(
      { empty: true },
      { Allow: 'POST, OPTIONS', 'WWW-Authenticate': null, Vary: '/Origin/' },
    );
    expect(
      scenarioProblems(
        expected,
        response({}, 200, { allow: 'GET', 'www-authenticate': 'Bearer', vary: 'x' }),
        contract,
      ),
    ).toEqual([
      'status 200, expected 201',
      'header Allow is "GET", expected POST, OPTIONS',
      'header WWW-Authenticate is "Bearer", expected none',
      'header Vary is "x", expected /Origin/',
      'body is "{}", expected none',
    ]);
  });

  test('rejects a body off its schema, with undeclared properties, unmatched or unequal, or not echoing', () => {
    const expected = scenario({
      schema: 'Error',
      onlyDeclared: true,
      match: { message: '/JSON/' },
      equals: { message: 'x' },
      echoes: true,
    });
    expect(scenarioProblems(expected, response({ username: 'bob', code: 1 }), contract)).toEqual([
      "body is not a Error: (root) must have required property 'message'",
      'body has undeclared property username',
      'body has undeclared property code',
      'body message is undefined, expected "/JSON/"',
      'body is {"username":"bob","code":1}, expected {"message":"x"}',
    ]);
    expect(
      scenarioProblems(scenario({ schema: 'User', echoes: true }), response({ username: 'bob' }), contract),
    ).toContain('body username does not echo the submitted value');
  });
});
