import type { ConformanceReport, ReportedViolation } from '../../conformance/model/report';

export function sampleViolation(overrides: Partial<ReportedViolation> = {}): ReportedViolation {
  return {
    checkId: 'status-code-documented',
    title: 'Undocumented status code',
    message: 'The server answered 500, which the spec does not document for this operation',
    received: '500',
    documented: '201, 400, 401, 403, default',
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:8080/api/org/v1/users',
      headers: { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json' },
      bodyText: '{"username":"x"}',
    },
    response: { status: 500, headers: { 'content-type': 'text/plain' }, bodyText: 'oops' },
    curl: `curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' --data-binary '{"username":"x"}'`,
    replay: {
      seed: 1873,
      path: '3:1:0',
      group: 'valid-token-valid-body',
      runId: 'k3x9q2',
      case: 'valid token, generated',
    },
    ...overrides,
  };
}

export function sampleReport(overrides: Partial<ConformanceReport> = {}): ConformanceReport {
  return {
    tool: { name: 'lakesail-contract', version: '0.1.0' },
    verdict: 'fail',
    seed: 1873,
    runId: 'k3x9q2',
    target: 'http://127.0.0.1:8080',
    spec: 'spec/openapi.yaml',
    operations: [
      { operationId: 'CreateUser', method: 'POST', path: '/api/org/v1/users', tested: true, requests: 456 },
    ],
    startedAt: '2026-01-15T09:30:00.000Z',
    durationMs: 1234,
    requests: 456,
    runs: 100,
    clockOffsetMs: -3,
    checks: [
      {
        id: 'status-code-documented',
        title: 'Undocumented status code',
        doc: '.',
        passed: 455,
        failed: 1,
        skipped: 0,
        inconclusive: 0,
      },
      {
        id: 'user-echo',
        title: 'Submitted values not echoed',
        doc: '.',
        passed: 200,
        failed: 0,
        skipped: 256,
        inconclusive: 2,
        skippedReason: 'no case it applies to',
      },
    ],
    violations: [sampleViolation()],
    warnings: ['shrinking stopped early'],
    ...overrides,
  };
}

/** The shared sample plus what these reports must show: a check skipped as a whole and a curl with the token variable. */
export function reportWithSkippedCheck(overrides: Partial<ConformanceReport> = {}): ConformanceReport {
  const report = sampleReport({
    warnings: ['the token is shorter than 8 characters, so leaks of it cannot be detected reliably'],
    violations: [
      sampleViolation({
        curl: `curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' -H "Authorization: Bearer $CONTRACT_TOKEN" --data-binary '{"username":"x"}'`,
      }),
    ],
    ...overrides,
  });
  report.checks.push({
    id: 'forbidden-status',
    title: 'Forbidden identity not refused',
    doc: 'A forbidden token gets 403.',
    passed: 0,
    failed: 0,
    skipped: 456,
    inconclusive: 0,
    skippedReason: 'no forbidden token: give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN',
  });
  return report;
}
