import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { junitReport } from '../../conformance/format/junitReport';
import { reportWithSkippedCheck, sampleViolation } from './sampleReport';

/** Characters outside XML 1.0's Char production (fast-xml-parser's validator does not check these). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

test('one test case per check; a failure carries its reproduction; a check skipped as a whole is skipped', () => {
  const xml = junitReport(reportWithSkippedCheck());
  expect(XMLValidator.validate(xml)).toBe(true);
  const suite = parser.parse(xml).testsuites.testsuite;
  expect(suite).toMatchObject({
    name: 'CreateUser POST /api/org/v1/users',
    tests: '3',
    failures: '1',
    skipped: '1',
  });
  const cases = suite.testcase;
  expect(cases.map((testCase: any) => testCase.name)).toEqual([
    'status-code-documented: Undocumented status code',
    'user-echo: Submitted values not echoed',
    'forbidden-status: Forbidden identity not refused',
  ]);
  expect(cases[0].failure.type).toBe('status-code-documented');
  expect(cases[0].failure['#text']).toContain(`-H "Authorization: Bearer $CONTRACT_TOKEN"`);
  expect(cases[1].failure).toBeUndefined();
  expect(cases[1].skipped).toBeUndefined();
  expect(cases[2].skipped.message).toBe(
    'no forbidden token: give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN',
  );
  const properties = Object.fromEntries(suite.properties.property.map((p: any) => [p.name, p.value]));
  expect(properties).toMatchObject({ seed: '1873', runId: 'k3x9q2', replay: '--seed 1873 --run-id k3x9q2' });
});

test('U+0000, lone surrogates and markup stay well-formed XML, written as visible escapes', () => {
  const body = 'nul:\u0000 bell:\u0007 lone:\uD800 low:\uDC00 pair:\u{1F680} markup:<a href="x">&</a> ]]>';
  const xml = junitReport(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({ message: body, response: { status: 500, headers: {}, bodyText: body } }),
      ],
    }),
  );
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(NOT_XML_CHAR);
  expect(body).toMatch(NOT_XML_CHAR);
  const failure = parser.parse(xml).testsuites.testsuite.testcase[0].failure;
  expect(failure.message).toContain('nul:\\u0000 bell:\\u0007 lone:\\uD800 low:\\uDC00 pair:\u{1F680}');
});

test('long bodies are cut in the failure text and say so', () => {
  const long = 'x'.repeat(50_000);
  const xml = junitReport(
    reportWithSkippedCheck({
      violations: [sampleViolation({ response: { status: 500, headers: {}, bodyText: long } })],
    }),
  );
  expect(xml.length).toBeLessThan(10_000);
  expect(xml).toContain('more characters; the JSON report keeps them whole)');
});

test('a passing run has no failures', () => {
  const report = reportWithSkippedCheck({ verdict: 'pass', violations: [] });
  report.checks[0]!.failed = 0;
  const xml = junitReport(report);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(parser.parse(xml).testsuites.failures).toBe('0');
});
