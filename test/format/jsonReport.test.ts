import { formatViolation } from '../../conformance/format/formatReport';
import { jsonReport, jsonReportParts } from '../../conformance/format/jsonReport';
import { sampleReport, sampleViolation } from './sampleReport';

test('is the report as JSON.stringify lays it out, written one violation at a time', () => {
  const violations = [
    sampleViolation(),
    sampleViolation({ response: { status: 500, headers: {}, bodyText: 'line 1\nline 2 "quoted" é 😀' } }),
    sampleViolation({ response: undefined, outcome: 'timeout after 5000 ms' }),
  ];
  for (const report of [sampleReport(), sampleReport({ violations }), sampleReport({ violations: [] })]) {
    expect(jsonReport(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // The text before the violations, each violation, the closing bracket (or `[]`), the text after.
    const parts = [...jsonReportParts(report)];
    expect(parts.length).toBe(report.violations.length === 0 ? 3 : report.violations.length + 3);
  }
});

test('keeps a body cut at the size limit whole up to the limit, and says it was cut', () => {
  const bodyText = 'x'.repeat(4096);
  const violation = sampleViolation({
    response: { status: 201, headers: {}, bodyText, bodyCutAtBytes: 4096 },
  });
  const written = JSON.parse(jsonReport(sampleReport({ violations: [violation] })));
  expect(written.violations[0].response).toEqual({
    status: 201,
    headers: {},
    bodyText,
    bodyCutAtBytes: 4096,
  });
  expect(formatViolation(violation)).toContain('(the body goes on past 4,096 bytes: not read)');
});
