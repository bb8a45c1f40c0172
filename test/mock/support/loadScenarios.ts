import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { oneLine } from '../../../core/errors';

/** A string expectation: exact text, or `/regex/flags` matched against it. */
export type TextExpectation = string;

/** One end-to-end scenario of the mock: a request in, the status, headers and body shape expected out. */
export interface Scenario {
  /** The file name without `.yaml`. */
  name: string;
  /** Why the mock must answer this way (the file's `why`). */
  why: string;
  request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    /** The exact body text; `body` values are sent as JSON. */
    bodyText: string | undefined;
    /** The JSON value when the scenario gave `body`. */
    body: unknown;
  };
  expect: {
    status: number;
    /** Header name -> exact text or /regex/; null means the header must be absent. */
    headers: Record<string, TextExpectation | null>;
    body: {
      /** The name of a schema under components/schemas the body must be valid against. */
      schema?: string;
      /** No property beyond those the schema declares. */
      onlyDeclared?: boolean;
      /** Top-level property -> exact text or /regex/ (non-strings are compared as JSON). */
      match?: Record<string, unknown>;
      /** The whole body, exactly. */
      equals?: unknown;
      /** Every property that the request body and the schema share comes back unchanged. */
      echoes?: boolean;
      /** No body at all. */
      empty?: boolean;
      /** Top-level property -> a time the body's date-time must be later than (an update's `updatedAt`). */
      later?: Record<string, string>;
    };
  };
}

const SCENARIO_FIELDS = new Set(['why', 'request', 'expect']);
const REQUEST_FIELDS = new Set(['method', 'path', 'headers', 'body', 'rawBody']);
const EXPECT_FIELDS = new Set(['status', 'headers', 'body']);
const BODY_FIELDS = new Set(['schema', 'onlyDeclared', 'match', 'equals', 'echoes', 'empty', 'later']);

/** Reads every `*.yaml` of a folder; a departure from the format above fails loudly, naming the file. */
export function loadScenarios(folder: string): Scenario[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const fail = (what: string): never => {
        throw new Error(`${path.join(folder, file)}: ${what}`);
      };
      let data: Record<string, unknown>;
      try {
        data = parse(readFileSync(path.join(folder, file), 'utf8'));
      } catch (error) {
        return fail(oneLine(error));
      }
      return readScenario(file.replace(/\.yaml$/, ''), data, fail);
    });
}

/**
 * One scenario from its parsed YAML (`why`, `request`, `expect`); `fail` says where a departure from the format
 * is. A flow's steps (loadFlows) are read with it too.
 */
export function readScenario(
  name: string,
  data: Record<string, unknown>,
  fail: (what: string) => never,
  fields: Set<string> = SCENARIO_FIELDS,
): Scenario {
  onlyFields(data, fields, '', fail);
  const request = (data.request ?? fail('request is missing')) as Record<string, unknown>;
  const expected = (data.expect ?? fail('expect is missing')) as Record<string, unknown>;
  onlyFields(request, REQUEST_FIELDS, 'request.', fail);
  onlyFields(expected, EXPECT_FIELDS, 'expect.', fail);
  const body = (expected.body ?? {}) as Record<string, unknown>;
  onlyFields(body, BODY_FIELDS, 'expect.body.', fail);
  if (typeof data.why !== 'string') fail('why is missing');
  if (typeof request.method !== 'string' || typeof request.path !== 'string')
    fail('request needs method and path');
  if (!Number.isInteger(expected.status)) fail('expect.status must be an HTTP status');
  if ('body' in request && 'rawBody' in request) fail('request has both body and rawBody');
  const jsonBody = 'body' in request ? expand(request.body, fail) : undefined;
  const rawBody = 'rawBody' in request ? expand(request.rawBody, fail) : undefined;
  if (rawBody !== undefined && typeof rawBody !== 'string') fail('request.rawBody must be text');
  return {
    name,
    why: data.why as string,
    request: {
      method: request.method as string,
      path: request.path as string,
      headers: (request.headers ?? {}) as Record<string, string>,
      bodyText: jsonBody !== undefined ? JSON.stringify(jsonBody) : (rawBody as string | undefined),
      body: jsonBody,
    },
    expect: {
      status: expected.status as number,
      headers: (expected.headers ?? {}) as Record<string, TextExpectation | null>,
      body: body as Scenario['expect']['body'],
    },
  };
}

/** Whether `actual` meets a text expectation: `/regex/flags` or exact text. */
export function matchesText(expected: string, actual: string): boolean {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(expected);
  return regex ? new RegExp(regex[1] as string, regex[2]).test(actual) : expected === actual;
}

function onlyFields(
  object: Record<string, unknown>,
  allowed: Set<string>,
  prefix: string,
  fail: (what: string) => never,
): void {
  for (const field of Object.keys(object ?? {}))
    if (!allowed.has(field)) fail(`unknown field ${prefix}${field}`);
}

// `{ $repeat: S, times: N }` stands for S repeated N times, as in fixtures/create-user.yaml.
function expand(value: unknown, fail: (what: string) => never): unknown {
  if (Array.isArray(value)) return value.map((item) => expand(item, fail));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if ('$repeat' in object) {
    if (typeof object.$repeat !== 'string' || !Number.isInteger(object.times))
      fail('$repeat needs text and times');
    return (object.$repeat as string).repeat(object.times as number);
  }
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, expand(item, fail)]));
}
