import path from 'node:path';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { type RunningMock, startMock } from '../../mock/startMock';
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
