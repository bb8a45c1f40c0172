import { markdownReport } from '../../conformance/format/markdownReport';
import { reportWithSkippedCheck, sampleViolation } from './sampleReport';

test('a failing run: verdict, check table, each violation with its curl line and replay', () => {
  const markdown = markdownReport(reportWithSkippedCheck());
  expect(markdown).toContain('❌ **CreateUser breaks the contract: 1 violation**');
  expect(markdown).toContain(
    '| `status-code-documented` Undocumented status code | ❌ failed | 455 | 1 | 0 | 0 |',
  );
  expect(markdown).toContain('| `user-echo` Submitted values not echoed | ✅ passed | 200 | 0 | 256 | 2 |');
  expect(markdown).toContain(
    '| `forbidden-status` Forbidden identity not refused | ⏭️ skipped | 0 | 0 | 456 | 0 |',
  );
  expect(markdown).toContain('#### Undocumented status code `[status-code-documented]`');
  expect(markdown).toContain('- Received: `500`');
  expect(markdown).toContain(
    'replay: `--seed 1873 --group valid-token-valid-body --path "3:1:0" --run-id k3x9q2`',
  );
  expect(markdown).toContain('```sh\ncurl -X POST');
  expect(markdown).toContain('- the token is shorter than 8 characters');
});

test('a passing run says so and lists no violations', () => {
  const markdown = markdownReport(reportWithSkippedCheck({ verdict: 'pass', violations: [] }));
  expect(markdown).toContain('✅ **CreateUser keeps the contract**');
  expect(markdown).not.toContain('### Violations');
});

test('pipes, newlines and backticks cannot break the table or the code', () => {
  const markdown = markdownReport(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({ message: 'a | b\nc', received: 'x`y', curl: "curl --data-binary '```'" }),
      ],
    }),
  );
  expect(markdown).toContain('a \\| b c');
  expect(markdown).toContain("- Received: `x'y`");
  expect(markdown).toContain("````sh\ncurl --data-binary '```'\n````");
});

test('a stateful failure shows its shrunk sequence in a code block, then the script that replays it', () => {
  const request = sampleViolation().request;
  const markdown = markdownReport(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({
          sequenceShrunk: true,
          sequence: [
            {
              label: 'step 1: create user 1 (valid token)',
              request,
              response: { status: 201, headers: {}, bodyText: '{}' },
              expected: '201: user 1 created',
            },
          ],
        }),
      ],
    }),
  );
  expect(markdown).toMatch(
    /```text\nSequence \(1 request, shrunk; the last one fails\):\n {2}step 1: create user 1 \(valid token\)\n {6}POST \/api\/org\/v1\/users .*\n {6}got 201; expected 201: user 1 created\n```\n\n```sh\n# The 1 requests that show status-code-documented; .*\nRUN=/,
  );
});
