import path from 'node:path';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type RunningMock, startMock } from '../../mock/startMock';
import { createScratch } from '../support/specCopy';
import { type FlowStep, loadFlows, scenarioOf } from './support/loadFlows';
import { scenarioProblems } from './support/scenarioProblems';
import { type MockResponse, send } from './support/send';

// What a frontend does with the mock, pinned as data: one file per flow in ./flows, its steps sent in order,
// each checked as a scenario. The mock runs as `npm run mock -- --token admin-token-1234 --forbidden-token
// viewer-token-5678` would start it; flows run one after the other (one resets the store).
const flows = loadFlows(path.join(__dirname, 'flows'));

let mock: RunningMock;
let contract: Contract;

beforeAll(async () => {
  contract = await loadContract();
  mock = await startMock({ port: 0, tokens: ['admin-token-1234'], forbiddenTokens: ['viewer-token-5678'] });
});
afterAll(() => mock.close());

test.each(flows.map((flow) => [flow.name, flow] as const))('%s', async (_name, flow) => {
  const received = new Map<string, MockResponse>();
  for (const step of flow.steps) {
    const response = await sendStep(step, received);
    received.set(step.name, response);
    const scenario = scenarioOf(step, received);
    expect({ step: step.name, problems: scenarioProblems(scenario, response, contract) }).toEqual({
      step: step.name,
      problems: [],
    });
  }
});

function sendStep(step: FlowStep, received: ReadonlyMap<string, MockResponse>): Promise<MockResponse> {
  const { method, path: target, headers, bodyText } = scenarioOf(step, received).request;
  const request: Parameters<typeof send>[1] = { method, path: target, headers };
  if (bodyText !== undefined) request.body = bodyText;
  return send(mock.url, request);
}

describe('the flow runner', () => {
  const scratch = createScratch();
  afterAll(() => scratch.cleanup());
  /** A quote as flows write it: `${a.body.id}`. */
  const q = (where: string) => `$${'{'}${where}}`;
  const flowWith = (...steps: string[]) =>
    path.dirname(scratch.file('flow.yaml', `why: w\nsteps:\n${steps.join('')}`));
  const step = (name: string, request: string, expect = '{ status: 200 }') =>
    `  - step: ${name}\n    request: ${request}\n    expect: ${expect}\n`;
  const answer = (json: unknown): MockResponse => ({
    status: 200,
    headers: {},
    text: JSON.stringify(json),
    json,
    sentAt: 0,
    receivedAt: 0,
  });

  test('refuses a request quoting its own or a later step, naming the file and the step', () => {
    const folder = flowWith(step('a', `{ method: GET, path: "/${q('a.body.id')}" }`));
    expect(() => loadFlows(folder)).toThrow(
      /flow\.yaml: step a: quotes \$\{a\.body\.id\}: no such step before it$/,
    );
  });

  test('resolves a whole quote to the value, one inside text to its text, and an expectation to its own step', () => {
    const [flow] = loadFlows(
      flowWith(
        step('a', '{ method: GET, path: / }'),
        step(
          'b',
          `{ method: POST, path: "/x/${q('a.body.id')}", body: "${q('a.body')}" }`,
          `{ status: 201, body: { equals: "${q('b.body')}" } }`,
        ),
      ),
    );
    const b = flow?.steps[1] as FlowStep;
    const received = new Map([['a', answer({ id: 7 })]]);
    expect(scenarioOf(b, received).request).toMatchObject({ path: '/x/7', body: { id: 7 } });
    received.set('b', answer({ ok: true }));
    expect(scenarioOf(b, received).expect.body.equals).toEqual({ ok: true });
  });

  test('a later-than expectation rejects a time that is not later', () => {
    const [flow] = loadFlows(
      flowWith(
        step(
          'a',
          '{ method: GET, path: / }',
          '{ status: 200, body: { later: { at: "2026-01-01T00:00:00Z" } } }',
        ),
      ),
    );
    const scenario = scenarioOf(flow?.steps[0] as FlowStep, new Map([['a', answer({})]]));
    expect(scenarioProblems(scenario, answer({ at: '2026-01-01T00:00:00Z' }), contract)).toEqual([
      'body at is "2026-01-01T00:00:00Z", expected later than 2026-01-01T00:00:00Z',
    ]);
    expect(scenarioProblems(scenario, answer({ at: '2026-01-01T00:00:00.001Z' }), contract)).toEqual([]);
  });
});
