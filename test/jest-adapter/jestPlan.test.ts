import type { RequestListener } from 'node:http';
import { jestPlan } from '../../conformance/jestAdapter/jestPlan';

const app: RequestListener = (_request, response) => response.end();
const token = 'plan-token-0123456789';
const noEnv = {};

describe("describeConformance's arguments", () => {
  test('options beside the target and as the second argument plan the same run', () => {
    const beside = jestPlan({ app, token, seed: 7, runId: 'abc', runs: 5 }, undefined, noEnv);
    const second = jestPlan({ app }, { token, seed: 7, runId: 'abc', runs: 5 }, noEnv);
    expect(beside).toEqual(second);
    expect(beside.target).toEqual({ app });
    expect(beside.run).toMatchObject({ token, seed: 7, runId: 'abc', runs: 5 });
  });

  test('a target function takes its options as the second argument', () => {
    const build = async () => ({ baseUrl: 'http://127.0.0.1:8080' });
    expect(jestPlan(build, { token }, noEnv)).toMatchObject({ target: build, run: { token } });
  });

  test('options both beside the target and as the second argument are an error, naming them', () => {
    expect(() => jestPlan({ app, token, runs: 5 }, { seed: 1 }, noEnv)).toThrow(
      'options both beside the target (token, runs) and as the second argument: give them one way',
    );
  });

  test('unknown options are an error naming them, wherever they are', () => {
    expect(() => jestPlan({ app, tokne: token, sed: 1 }, undefined, noEnv)).toThrow(
      /^unknown options 'tokne', 'sed' beside app or baseUrl \(the options: token, forbiddenToken, seed, /,
    );
    expect(() => jestPlan({ app }, { token, target: {} }, noEnv)).toThrow(
      /^unknown option 'target' \(the options: /,
    );
    expect(() => jestPlan({ appp: app, token }, undefined, noEnv)).toThrow(/^unknown option 'appp' beside/);
  });

  test('no token: the option and the variable are named; an undefined option falls back to the variable', () => {
    expect(() => jestPlan({ app }, undefined, noEnv)).toThrow(
      'no token: set the token option or CONTRACT_TOKEN',
    );
    expect(() => jestPlan({ app, token: '' }, undefined, { CONTRACT_TOKEN: '' })).toThrow(/^no token/);
    const fromEnv = jestPlan({ app, token: undefined, forbiddenToken: undefined }, undefined, {
      CONTRACT_TOKEN: token,
      CONTRACT_FORBIDDEN_TOKEN: 'plan-viewer-0123456789',
    });
    expect(fromEnv.run).toMatchObject({ token, forbiddenToken: 'plan-viewer-0123456789' });
    expect(() => jestPlan({ app, token: 12345678 }, undefined, noEnv)).toThrow('token must be a string');
  });

  test('a target is { app } or { baseUrl }, never both, never an app passed bare', () => {
    const noTarget = /^no target: give \{ app \} \(a request listener or node:http server\) or \{ baseUrl/;
    expect(() => jestPlan({ token }, undefined, noEnv)).toThrow(noTarget);
    expect(() => jestPlan(undefined, { token }, noEnv)).toThrow(noTarget);
    expect(() => jestPlan('http://127.0.0.1:8080', { token }, noEnv)).toThrow(noTarget);
    expect(() => jestPlan({ app, baseUrl: 'http://127.0.0.1:8080' }, { token }, noEnv)).toThrow(
      'give the target as app or as baseUrl, not both',
    );
    expect(() => jestPlan(app, { token }, noEnv)).toThrow(
      'the first argument is a function of (request, response): give the app as { app }, a target function takes no arguments',
    );
    expect(() => jestPlan({ app: 'server' }, { token }, noEnv)).toThrow(/^app must be a request listener/);
    expect(() => jestPlan({ app }, 'token', noEnv)).toThrow(
      'the options must be an object such as { token, runs: 50 }',
    );
  });

  test("jest's hook waits for the run's own limit and for the run to stop after it", () => {
    const plan = jestPlan(
      { app, token, runTimeoutMs: 1000, timeoutMs: 200, shrinkTimeLimitMs: 300 },
      undefined,
      noEnv,
    );
    expect(plan.runTimeoutMs).toBe(1000);
    expect(plan.hookTimeoutMs).toBeGreaterThan(1000 + 300 + 200);
    expect(() => jestPlan({ app, token, runTimeoutMs: 0 }, undefined, noEnv)).toThrow(
      "runTimeoutMs must be an integer from 1 to 86400000, got '0'",
    );
  });
});
