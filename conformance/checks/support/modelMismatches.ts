import { isDeepStrictEqual } from 'node:util';
import { oncePerObject } from '../../../core/oncePerObject';
import { valueAtPointer } from '../../../core/spec/jsonPointer';
import type { Exchange } from '../../model/exchange';
import type { ExpectedProperty, ModelCheckId } from '../../model/modelExpectation';
import type { Violation } from '../../model/violation';
import { parseResponseBody } from './parseJsonBody';
import { responseOf } from './responseOf';
import { showValue } from './showValue';
import { timestampValue } from './timestampValue';

/** A declared property of a 2xx answer that differs from what the model expects, with the check it belongs to. */
export interface ModelMismatch {
  property: string;
  expected: ExpectedProperty;
  received: unknown;
}

/**
 * Where a 2xx answer about a known user differs from the model, on the properties the model expects (every one
 * the response schema declares; undeclared ones may differ): date-times compared as instants. Empty when the
 * case has no expectation, the answer is not a 2xx JSON object (other checks' findings), or all agree. Worked
 * out once per exchange: the sequence's model and four checks ask.
 */
export const modelMismatches: (exchange: Exchange) => readonly ModelMismatch[] =
  oncePerObject(compareWithModel);

function compareWithModel(exchange: Exchange): ModelMismatch[] {
  const agreement = exchange.testCase.model?.agreement;
  const response = responseOf(exchange);
  if (!agreement || !response || response.status < 200 || response.status > 299) return [];
  const parsed = parseResponseBody(response);
  if (
    !parsed.ok ||
    parsed.value === null ||
    typeof parsed.value !== 'object' ||
    Array.isArray(parsed.value)
  ) {
    return [];
  }
  const body = parsed.value as Record<string, unknown>;
  const mismatches: ModelMismatch[] = [];
  for (const [property, declared] of Object.entries(agreement)) {
    const expected =
      declared.sentAt === undefined
        ? declared
        : { ...declared, value: valueAtPointer(exchange.testCase.body.value, declared.sentAt) };
    const received = body[property];
    if (!agrees(expected, received)) mismatches.push({ property, expected, received });
  }
  return mismatches;
}

function agrees(expected: ExpectedProperty, received: unknown): boolean {
  if (expected.instant) {
    const want = timestampValue(expected.value);
    const got = timestampValue(received);
    // A malformed timestamp is response-schema-conformance's finding.
    return want === undefined || got === undefined || want.ms === got.ms;
  }
  return isDeepStrictEqual(expected.value, received);
}

/** The mismatches a check owns, as its violations. */
export function mismatchViolations(
  exchange: Exchange,
  checkId: ModelCheckId,
  title: string,
  what: (mismatch: ModelMismatch) => string,
): Violation[] {
  return modelMismatches(exchange)
    .filter((mismatch) => mismatch.expected.checkId === checkId)
    .map((mismatch) => ({
      checkId,
      title,
      message: what(mismatch),
      received: `${mismatch.property}: ${showValue(mismatch.received)}`,
      documented: `${mismatch.property}: ${showValue(mismatch.expected.value)} (${mismatch.expected.because})`,
    }));
}

/** `user 2`, or `the user` when the model did not name it. */
export function userName(exchange: Exchange): string {
  return exchange.testCase.model?.user ?? 'the user';
}
