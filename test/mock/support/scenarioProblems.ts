import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject } from '../../../core/json/jsonObject';
import type { Contract } from '../../../core/spec/loadContract';
import { matchesText, type Scenario } from './loadScenarios';
import type { MockResponse } from './send';

/** Every way `response` departs from what `scenario` expects; empty when it meets it. */
export function scenarioProblems(
  scenario: Scenario,
  response: Pick<MockResponse, 'status' | 'headers' | 'text' | 'json'>,
  contract: Contract,
): string[] {
  const problems: string[] = [];
  const { expect } = scenario;
  if (response.status !== expect.status)
    problems.push(`status ${response.status}, expected ${expect.status}`);
  for (const [name, expected] of Object.entries(expect.headers)) {
    const raw = response.headers[name.toLowerCase()];
    const actual = Array.isArray(raw) ? raw.join(', ') : raw;
    if (expected === null) {
      if (actual !== undefined) problems.push(`header ${name} is "${actual}", expected none`);
    } else if (actual === undefined) {
      problems.push(`header ${name} is missing, expected ${expected}`);
    } else if (!matchesText(expected, actual)) {
      problems.push(`header ${name} is "${actual}", expected ${expected}`);
    }
  }
  const body = expect.body;
  if (body.empty && response.text !== '')
    problems.push(`body is ${JSON.stringify(response.text)}, expected none`);
  const schemas = ((contract.document.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const schema = body.schema === undefined ? undefined : (schemas[body.schema] as JsonObject | undefined);
  if (body.schema !== undefined) {
    if (!schema) problems.push(`no schema ${body.schema} in the spec`);
    else if (response.json === undefined) problems.push(`body is not JSON: ${response.text.slice(0, 100)}`);
    else {
      for (const issue of contract.validator.validate(schema, response.json)) {
        problems.push(`body is not a ${body.schema}: ${issue.message}`);
      }
    }
  }
  const declared = (schema?.properties ?? {}) as JsonObject;
  const actualBody = isObject(response.json) ? response.json : {};
  if (body.onlyDeclared) {
    for (const name of Object.keys(actualBody)) {
      if (!(name in declared)) problems.push(`body has undeclared property ${name}`);
    }
  }
  for (const [name, expected] of Object.entries(body.match ?? {})) {
    const actual = actualBody[name];
    const ok =
      typeof expected === 'string'
        ? typeof actual === 'string' && matchesText(expected, actual)
        : isDeepStrictEqual(actual, expected);
    if (!ok) problems.push(`body ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
  for (const [name, earlier] of Object.entries(body.later ?? {})) {
    const actual = actualBody[name];
    const time = typeof actual === 'string' ? Date.parse(actual) : Number.NaN;
    if (!(time > Date.parse(earlier)))
      problems.push(`body ${name} is ${JSON.stringify(actual)}, expected later than ${earlier}`);
  }
  if ('equals' in body && !isDeepStrictEqual(response.json, body.equals)) {
    problems.push(`body is ${response.text.slice(0, 200)}, expected ${JSON.stringify(body.equals)}`);
  }
  if (body.echoes) {
    const submitted = isObject(scenario.request.body) ? scenario.request.body : {};
    const requestProperties = (contract.operation.requestSchema.properties ?? {}) as JsonObject;
    for (const name of Object.keys(declared)) {
      if (
        name in requestProperties &&
        name in submitted &&
        !isDeepStrictEqual(actualBody[name], submitted[name])
      ) {
        problems.push(`body ${name} does not echo the submitted value`);
      }
    }
  }
  return problems;
}
