import { isDeepStrictEqual } from 'node:util';
import { isObject } from '../../core/json/jsonObject';
import { toPointer } from '../../core/spec/jsonPointer';
import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';

const id = 'user-echo';
const title = 'Submitted values not echoed';

/** A 2xx returns every submitted value exactly, for each request property its response schema also has. */
export const userEcho: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'a created user echoes the submitted values',
  doc:
    'A 201 returns every submitted value exactly (no trimming, truncation or normalization) for each ' +
    'request property that the response schema also has; unknown extra properties need not come back.',
  appliesTo: (testCase) => testCase.action === 'create' && testCase.body.mode === 'valid',
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response || response.status < 200 || response.status > 299) return [];
    const submitted = exchange.testCase.body.value;
    if (!isObject(submitted)) return [];
    const operation = context.operationOf(exchange.testCase);
    const responseSchema = documentedResponse(operation, response.status)?.schema;
    const parsed = parseResponseBody(response);
    // A body that is not a JSON object is response-schema-conformance's finding, not this check's.
    if (!responseSchema || !parsed.ok || !isObject(parsed.value)) return [];
    const returned = parsed.value;
    const echoed = echoedProperties(operation.requestBody?.schema ?? {}, responseSchema);
    const violations: Violation[] = [];
    for (const name of echoed) {
      if (!Object.hasOwn(submitted, name)) continue;
      const sent = submitted[name];
      const got = returned[name];
      if (isDeepStrictEqual(sent, got)) continue;
      const pointer = toPointer([name]);
      const kind =
        typeof sent === 'string' && typeof got === 'string' ? differenceKind(sent, got) : undefined;
      violations.push({
        checkId: id,
        title,
        message:
          got === undefined
            ? `The ${response.status} response lacks ${pointer}, which was submitted`
            : `The ${response.status} response changed ${pointer}${difference(sent, got, kind)}`,
        received: `${pointer}: ${showValue(got)}`,
        documented: `${pointer}: ${showValue(sent)} (as submitted)`,
        cause: echoCause(sent, got, kind),
      });
    }
    return violations;
  },
};

/** The request schema's properties that the response schema also has, in the request schema's order. */
export function echoedProperties(requestSchema: object, responseSchema: object): string[] {
  const requested = Object.keys(((requestSchema as { properties?: object }).properties ?? {}) as object);
  const returned = ((responseSchema as { properties?: object }).properties ?? {}) as object;
  return requested.filter((name) => Object.hasOwn(returned, name));
}

/**
 * Where two strings first differ, since long values look alike once cut short and some differences are
 * invisible: the code points there, and the kind of difference when it is one a person cannot see.
 */
function difference(sent: unknown, got: unknown, kind: string | undefined): string {
  if (typeof sent !== 'string' || typeof got !== 'string') return '';
  const sentChars = Array.from(sent);
  const gotChars = Array.from(got);
  let index = 0;
  while (index < sentChars.length && sentChars[index] === gotChars[index]) index++;
  return ` (first difference at character ${index}: submitted ${codePoint(sentChars[index])}, received ${codePoint(gotChars[index])}${kind ? `: ${kind}` : ''}; submitted ${sentChars.length} characters, received ${gotChars.length})`;
}

/**
 * What kind of change it is, without the values: the key that tells one defect of echoing from another. The
 * kind the message names comes first, so a trimmed trailing space is `surrounding whitespace`, not `cut short`.
 */
function echoCause(sent: unknown, got: unknown, kind: string | undefined): string {
  if (got === undefined) return 'missing';
  if (typeof sent !== 'string' || typeof got !== 'string') return 'another value';
  if (kind !== undefined) return kind;
  return got.length < sent.length && sent.startsWith(got) ? 'cut short' : 'changed';
}

/** `U+00E9`, or `the end` past the last character. */
function codePoint(character: string | undefined): string {
  if (character === undefined) return 'the end';
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** What kind of change turns `sent` into `got`, when it is one of those that look like no change. */
function differenceKind(sent: string, got: string): string | undefined {
  if (sent.normalize('NFC') === got.normalize('NFC'))
    return 'the same text in another Unicode normalization (NFC/NFD)';
  if (sent.replace(ZERO_WIDTH, '') === got.replace(ZERO_WIDTH, ''))
    return 'zero-width characters added or removed';
  if (sent.trim() === got.trim()) return 'surrounding whitespace';
  if (sent.toLowerCase() === got.toLowerCase()) return 'letter case';
  return undefined;
}
