import { ALL_CHECKS, measureClockOffset } from '../../conformance/checks';
import { MAX_JSON_DEPTH, parseJsonBody } from '../../conformance/checks/support/parseJsonBody';
import { showValue } from '../../conformance/checks/support/showValue';
import { formatReport } from '../../conformance/format/formatReport';
import { htmlReport } from '../../conformance/format/htmlReport';
import { jsonReport } from '../../conformance/format/jsonReport';
import { junitReport } from '../../conformance/format/junitReport';
import { markdownReport } from '../../conformance/format/markdownReport';
import type { Exchange } from '../../conformance/model/exchange';
import { evaluateOne } from '../../conformance/runner/evaluateExchange';
import { reportViolation } from '../../conformance/runner/reportViolation';
import { createSecrets } from '../../conformance/secrets/createSecrets';
import { redactStrings } from '../../conformance/secrets/redactStrings';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { sampleReport } from '../format/sampleReport';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  malformedCase,
  runCheckOver,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

/** JSON arrays nested `depth` levels deep: a stack-exhausting value for anything that recurses over it. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const DEEP = nested(100_000);

/** Exchanges where a 100,000-deep value sits wherever a check looks: the whole body, an id, an echoed value, a timestamp, a message. */
const deepExchanges = (): Exchange[] => {
  const withDeep = (property: string) =>
    JSON.stringify(createdUser(ADA, { [property]: 'DEEP' })).replace('"DEEP"', DEEP);
  const emptyUsername = validCase({ value: { ...ADA, username: '' }, edge: 'empty-string:/username' });
  return [
    exchangeFor(validCase(), jsonResponse(201, DEEP)),
    exchangeFor(validCase(), jsonResponse(201, withDeep('id'))),
    exchangeFor(validCase(), jsonResponse(201, withDeep('firstName'))),
    exchangeFor(validCase(), jsonResponse(201, withDeep('createdAt'))),
    exchangeFor(emptyUsername, jsonResponse(409, `{"message":${DEEP}}`)),
    exchangeFor(
      malformedCase({ name: 'not-an-object', level: 'schema', description: 'x', pointer: '' }, { value: [] }),
      jsonResponse(400, `{"message":${DEEP}}`),
    ),
  ];
};

test('a body nested deeper than the kit reads is not parsed at all; one at the limit is', () => {
  expect(parseJsonBody(nested(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
  expect(parseJsonBody(nested(MAX_JSON_DEPTH + 1))).toEqual({
    ok: false,
    tooDeep: true,
    error: 'nested more than 256 levels deep, deeper than the kit reads',
  });
  // Brackets inside strings are text, not nesting.
  expect(parseJsonBody(JSON.stringify({ message: '['.repeat(100_000) }))).toMatchObject({ ok: true });
  expect(showValue(JSON.parse(nested(MAX_JSON_DEPTH)))).toMatch(/^\[\[\[/);
});

test.each(ALL_CHECKS.map((check) => [check.id, check] as const))(
  '%s judges bodies nested 100,000 levels deep without recursing over them',
  (_id, check) => {
    const context = contextFor(contract);
    if (check.kind === 'run') expect(() => runCheckOver(check, deepExchanges(), context)).not.toThrow();
    else
      for (const exchange of deepExchanges())
        expect(() => evaluateOne(check, exchange, context)).not.toThrow();
  },
);

test('response-schema-conformance says what is wrong with a 100,000-deep body', () => {
  const [exchange] = deepExchanges();
  const outcome = evaluateOne(
    ALL_CHECKS.find((check) => check.id === 'response-schema-conformance') as never,
    exchange as Exchange,
    contextFor(contract),
  );
  expect(outcome.violations.map((violation) => violation.message)).toEqual([
    'The 201 response body is JSON nested more than 256 levels deep, deeper than the kit reads, documented #/components/schemas/User',
  ]);
});

test('the clock offset is measured without recursing over a deep body', () => {
  for (const exchange of deepExchanges())
    expect(() => measureClockOffset(exchange, contract.operation)).not.toThrow();
});

test('every report writer and the redaction take a violation with a 100,000-deep body as the text it is', () => {
  const [exchange] = deepExchanges();
  const violation = reportViolation(
    { checkId: 'status-code-documented', title: 'Undocumented status code', message: 'deep' },
    exchange as Exchange,
    { seed: 1, runId: 'r1', case: 'valid token, generated' },
  );
  const report = redactStrings(
    sampleReport({ violations: [violation] }),
    createSecrets('s3cr3t-valid-token-0001', undefined),
  );
  expect(JSON.parse(jsonReport(report)).violations[0].response.bodyText).toBe(DEEP);
  expect(formatReport(report)).toContain('Response: 201 [[[[');
  expect(junitReport(report)).toContain('[[[[');
  expect(markdownReport(report)).toContain('Undocumented status code');
  expect(htmlReport(report)).toContain('[[[[');
});
