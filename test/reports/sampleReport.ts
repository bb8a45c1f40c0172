import type { ConformanceReport, ReportedViolation } from '../../conformance/model/report';

export function sampleViolation(overrides: Partial<ReportedViolation> = {}): ReportedViolation {
  return {
    checkId: 'status-code-documented',
    title: 'Undocumented status code',
    message: 'The server answered 500, which the spec does not document for POST /api/org/v1/users.',
    received: '500',
    documented: '201, 400, 401, 403, default',
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:8080/api/org/v1/users',
      headers: { authorization: 'Bearer $CONTRACT_TOKEN', 'content-type': 'application/json' },
      bodyText: '{"username":"a","email":"a@example.com","firstName":"","lastName":"","displayName":""}',
    },
    response: { status: 500, headers: { 'content-type': 'text/plain' }, bodyText: 'boom' },
    curl: `curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' -H "Authorization: Bearer $CONTRACT_TOKEN" -H 'Content-Type: application/json' --data-binary '{"username":"a"}'`,
    replay: { seed: 1873, path: '3:1:0', runId: 'k3x9q2', case: 'valid token, generated valid body' },
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
    operation: { operationId: 'CreateUser', method: 'POST', path: '/api/org/v1/users' },
    startedAt: '2026-11-28T10:00:00.000Z',
    durationMs: 1234,
    requests: 420,
    runs: 100,
    checks: [
      { id: 'status-code-documented', title: 'Undocumented status code', doc: 'Every status is documented.', passed: 419, failed: 1, skipped: 0, inconclusive: 0 },
      { id: 'user-echo', title: 'Submitted values not echoed', doc: 'A 201 echoes the UserSpec.', passed: 120, failed: 0, skipped: 300, inconclusive: 0 },
      {
        id: 'forbidden-status',
        title: 'Forbidden identity not refused',
        doc: 'A forbidden token gets 403.',
        passed: 0,
        failed: 0,
        skipped: 420,
        inconclusive: 0,
        skippedReason: 'no forbidden token: give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN',
      },
    ],
    violations: [sampleViolation()],
    warnings: ['the token is shorter than 8 characters, so leaks of it cannot be detected reliably'],
    ...overrides,
  };
}
