import { useColors } from '../../conformance/format/colors';
import { formatHeader, formatReport, formatViolation } from '../../conformance/format/formatReport';
import { sampleReport, sampleViolation } from './sampleReport';

describe('formatViolation', () => {
  test('Schemathesis style: title and id, received and documented, message, request, curl, replay', () => {
    expect(formatViolation(sampleViolation())).toBe(
      [
        'POST /api/org/v1/users — Undocumented status code [status-code-documented]',
        '    Received: 500',
        '    Documented: 201, 400, 401, 403, default',
        '    The server answered 500, which the spec does not document for this operation',
        '    Case: valid token, generated',
        '    Request body: {"username":"x"}',
        '    Response: 500 oops',
        'Reproduce with:',
        `    curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' --data-binary '{"username":"x"}'`,
        'Replay: --seed 1873 --group valid-token-valid-body --path "3:1:0" --run-id k3x9q2',
      ].join('\n'),
    );
  });

  test('a fixture replays with the whole run; a timeout says so; group names with spaces are quoted', () => {
    const fixture = formatViolation(
      sampleViolation({
        response: undefined,
        outcome: 'timeout after 200 ms',
        replay: { seed: 1, runId: 'r', case: 'fixture x' },
      }),
    );
    expect(fixture).toContain('    Response: none (timeout after 200 ms)');
    expect(fixture).toContain('Replay: --seed 1 --run-id r (the whole run; this case is sent in every run)');
    const spaced = formatViolation(
      sampleViolation({ replay: { seed: 1, path: '0', group: "valid token's", runId: 'r', case: 'c' } }),
    );
    expect(spaced).toContain(`Replay: --seed 1 --group 'valid token'\\''s' --path "0" --run-id r`);
  });

  test("for jest, the Replay line gives describeConformance's options, not the CLI's flags", () => {
    expect(formatViolation(sampleViolation(), { replayAs: 'jest' }).split('\n').at(-1)).toBe(
      'Replay: describeConformance(target, { seed: 1873, runId: "k3x9q2", replayGroup: "valid-token-valid-body", replayPath: "3:1:0" })',
    );
    const fixture = formatViolation(sampleViolation({ replay: { seed: 1, runId: 'r', case: 'fixture x' } }), {
      replayAs: 'jest',
    });
    expect(fixture.split('\n').at(-1)).toBe(
      'Replay: describeConformance(target, { seed: 1, runId: "r" }) (the whole run; this case is sent in every run)',
    );
  });

  test('long bodies and curl lines are cut, control characters escaped', () => {
    const long = `{"a":"${'y'.repeat(5000)}\u0000"}`;
    const text = formatViolation(
      sampleViolation({
        request: { ...sampleViolation().request, bodyText: long },
        curl: `curl ${'z'.repeat(3000)}`,
      }),
    );
    expect(text).toContain(
      `    Request body: {"a":"${'y'.repeat(294)}… (4,714 more characters; the JSON report keeps them whole)`,
    );
    expect(text).toContain(
      `    curl ${'z'.repeat(595)}… (2,405 more characters; the JSON report keeps them whole)`,
    );
    expect(text).toContain('(the command is cut here; the JSON report, --report-json FILE, has it whole)');
    const nul = formatViolation(
      sampleViolation({ response: { status: 500, headers: {}, bodyText: 'a\u0000b\u001b[31m' } }),
    );
    expect(nul).toContain('    Response: 500 a\\u0000b\\u001b[31m');
  });
});

describe('formatReport', () => {
  test('header, violations, table of checks, warnings, clock offset and verdict', () => {
    expect(formatReport(sampleReport())).toBe(
      [
        'lakesail-contract check: seed 1873, run id k3x9q2, target http://127.0.0.1:8080',
        '',
        formatViolation(sampleViolation()),
        '',
        'Check                   passed  failed  skipped  inconclusive',
        'status-code-documented     455       1        0             0',
        'user-echo                  200       0      256             2',
        'Warning: shrinking stopped early',
        'Skipped: no case it applies to (user-echo)',
        'Server clock offset: -3 ms',
        'Failed: 1 violation of 1 check in 456 requests, 1.2 s (seed 1873, run id k3x9q2)',
        '',
      ].join('\n'),
    );
  });

  test('quiet: only the violations and the verdict', () => {
    expect(formatReport(sampleReport(), { quiet: true })).toBe(
      `${formatViolation(sampleViolation())}\n\nFailed: 1 violation of 1 check in 456 requests, 1.2 s (seed 1873, run id k3x9q2)\n`,
    );
    const passed = sampleReport({ verdict: 'pass', violations: [], checks: [], warnings: [] });
    expect(formatReport(passed, { quiet: true })).toBe(
      'Passed: no violation in 456 requests, 1.2 s (seed 1873, run id k3x9q2)\n',
    );
  });

  test('colours only when asked; the plain text is the same', () => {
    const plain = formatReport(sampleReport());
    const coloured = formatReport(sampleReport(), { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  test('colours on a terminal only, never with NO_COLOR', () => {
    expect(useColors(true, {})).toBe(true);
    expect(useColors(false, {})).toBe(false);
    expect(useColors(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColors(true, { NO_COLOR: '' })).toBe(true);
  });

  test('the header says where the seed came from', () => {
    expect(
      formatHeader({
        seed: 5,
        seedSource: 'commit 1b64009 (GITHUB_SHA)',
        runId: 'a1',
        target: 'in-process app',
      }),
    ).toBe('lakesail-contract check: seed 5 (commit 1b64009 (GITHUB_SHA)), run id a1, target in-process app');
  });
});

test('a stateful failure lists its shrunk sequence, each request with what it got and the model expected, and the script that replays it', () => {
  const request = sampleViolation().request;
  const text = formatViolation(
    sampleViolation({
      sequenceShrunk: true,
      sequence: [
        {
          label: 'step 1: create user 1 (valid token)',
          request,
          response: { status: 201, headers: {}, bodyText: '{"id":"A1"}' },
          expected: '201: user 1 created',
        },
        {
          label: 'step 2: describe user 1 (valid token)',
          request: {
            ...request,
            method: 'GET',
            url: 'http://127.0.0.1:8080/api/org/v1/users/A1',
            bodyText: '',
          },
          outcome: 'timeout after 5000 ms',
          expected: '200: user 1 as last seen',
        },
      ],
    }),
  );
  expect(text).toContain(
    [
      '    Sequence (2 requests, shrunk; the last one fails):',
      '      step 1: create user 1 (valid token)',
      `          POST /api/org/v1/users ${request.bodyText}`,
      '          got 201; expected 201: user 1 created',
      '      step 2: describe user 1 (valid token)',
      '          GET /api/org/v1/users/A1',
      '          got timeout after 5000 ms; expected 200: user 1 as last seen',
      'Reproduce the sequence in a shell:',
      '    # The 2 requests that show status-code-documented; needs CONTRACT_TOKEN (CONTRACT_FORBIDDEN_TOKEN), node, curl.',
    ].join('\n'),
  );
  // The ID step 2 uses is read from step 1's answer.
  expect(text).toContain('    USER_1=$(printf "%s\\n" "$answer" | sed');
  expect(text).toContain('-X GET "http://127.0.0.1:8080/api/org/v1/users/$' + '{USER_1}"');
});

test("a fixed sequence (the tour, the bursts, a fixture's) is listed as it was sent, not called shrunk", () => {
  const request = sampleViolation().request;
  const text = formatViolation(
    sampleViolation({
      replay: {
        seed: 5,
        group: 'fixtures',
        runId: 'k3x9q2',
        case: 'step 1: create user 1 (valid token, fixture malformed-username-null)',
      },
      sequence: [
        {
          label: 'step 1: create user 1 (valid token, fixture malformed-username-null)',
          request,
          response: { status: 500, headers: {}, bodyText: 'oops' },
          expected: '201: user 1 created',
        },
      ],
    }),
  );
  expect(text).toContain('    Sequence (1 request; the last one fails):\n');
  expect(text).toContain('Replay: --seed 5 --run-id k3x9q2 (the whole run; this case is sent in every run)');
});
