import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { oneLine } from '../../../core/errors';
import { isObject } from '../../../core/json/jsonObject';
import { readScenario, type Scenario } from './loadScenarios';
import type { MockResponse } from './send';

/**
 * One end-to-end flow of the mock: steps sent one after the other, each a scenario (loadScenarios) whose
 * request may quote what earlier steps received, and whose expectations also what the step itself received:
 * `${create.body.id}` is the `id` of the body the step named `create` got, `${create.body}` the whole body,
 * `${create.headers.location}` a header. A text that is only a quote becomes the value itself (an object, a
 * number); inside other text, its text or its JSON.
 */
export interface Flow {
  /** The file name without `.yaml`. */
  name: string;
  why: string;
  steps: FlowStep[];
}

export interface FlowStep {
  name: string;
  /** The step as written, quotes unresolved: resolved by `scenarioOf` once the earlier steps have answered. */
  written: Record<string, unknown>;
  fail(what: string): never;
}

const FLOW_FIELDS = new Set(['why', 'steps']);
const STEP_FIELDS = new Set(['step', 'why', 'request', 'expect']);
const SCENARIO_FIELDS = new Set(['why', 'request', 'expect']);
const QUOTE = /\$\{([^}]+)\}/g;

/** Reads every `*.yaml` of a folder; a departure from the format fails loudly, naming the file and the step. */
export function loadFlows(folder: string): Flow[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => readFlow(path.join(folder, file)));
}

function readFlow(file: string): Flow {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(oneLine(error));
  }
  if (!isObject(data) || typeof data.why !== 'string' || !Array.isArray(data.steps)) {
    return fail('a flow needs why and steps');
  }
  for (const field of Object.keys(data)) if (!FLOW_FIELDS.has(field)) fail(`unknown field ${field}`);
  const why = data.why;
  const names = new Set<string>();
  const steps = data.steps.map((step: unknown, index): FlowStep => {
    if (!isObject(step) || typeof step.step !== 'string') return fail(`step #${index} needs a step name`);
    const name = step.step;
    const failStep = (what: string): never => fail(`step ${name}: ${what}`);
    for (const field of Object.keys(step)) if (!STEP_FIELDS.has(field)) failStep(`unknown field ${field}`);
    if (names.has(name)) failStep('the name is used twice');
    const written = { why: step.why ?? why, request: step.request, expect: step.expect };
    // Checked now, quotes and all, so that a malformed flow fails before any request.
    readScenario(name, written, failStep, SCENARIO_FIELDS);
    const earlier = [...names];
    for (const [part, allowed] of [
      [written.request, earlier],
      [written.expect, [...earlier, name]],
    ] as const) {
      for (const quoted of JSON.stringify(part ?? null).matchAll(QUOTE)) {
        const from = quoted[1]?.split('.')[0] ?? '';
        if (!allowed.includes(from)) failStep(`quotes ${quoted[0]}: no such step before it`);
      }
    }
    names.add(name);
    return { name, written, fail: failStep };
  });
  return { name: path.basename(file, '.yaml'), why, steps };
}

/** A step as a scenario, its quotes resolved with what the steps received (the request: the earlier ones). */
export function scenarioOf(step: FlowStep, received: ReadonlyMap<string, MockResponse>): Scenario {
  const written = received.has(step.name) ? step.written : { ...step.written, expect: { status: 0 } };
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    if (typeof value !== 'string') return value;
    const whole = /^\$\{([^}]+)\}$/.exec(value);
    if (whole) return lookUp(whole[1] as string, received, step.fail);
    return value.replace(QUOTE, (_quote, where: string) => {
      const found = lookUp(where, received, step.fail);
      return typeof found === 'string' ? found : JSON.stringify(found);
    });
  };
  return readScenario(step.name, resolve(written) as Record<string, unknown>, step.fail, SCENARIO_FIELDS);
}

function lookUp(
  where: string,
  received: ReadonlyMap<string, MockResponse>,
  fail: (what: string) => never,
): unknown {
  const [name = '', part, ...rest] = where.split('.');
  const response = received.get(name) ?? fail(`no answer from step ${name}`);
  let value: unknown =
    part === 'body'
      ? response.json
      : part === 'headers'
        ? response.headers
        : part === 'status'
          ? response.status
          : fail(`cannot quote ${where}`);
  for (const key of rest) {
    value = isObject(value) ? value[key] : undefined;
    if (value === undefined) fail(`${where} is not in the answer of step ${name}`);
  }
  return value;
}
