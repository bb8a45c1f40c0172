import { createHash } from 'node:crypto';
import { htmlReport } from '../../conformance/format/htmlReport';
import type { ConformanceReport } from '../../conformance/model/report';
import { reportWithSkippedCheck, sampleViolation } from './sampleReport';

/** The text of every `<tag>` element (the page has no nested ones of these). */
function elements(html: string, tag: string): string[] {
  return Array.from(
    html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g')),
    (match) => match[1] ?? '',
  );
}

/** The opening tag of the element with this id. */
function openingTag(html: string, id: string): string {
  return new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
}

describe('a failing run', () => {
  const html = htmlReport(reportWithSkippedCheck());

  test('the verdict first, with what replays the run', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(elements(html, 'title')).toEqual(['Failed: CreateUser — lakesail-contract']);
    expect(elements(html, 'h1')).toEqual([
      '<span class="mark">✘ Failed</span> · CreateUser breaks the contract',
    ]);
    expect(html).toContain(
      '<p class="verdict-line">Failed: 1 violation of 1 check in 456 requests, 1.2 s (seed 1873, run id k3x9q2)</p>',
    );
    for (const [name, value] of [
      ['Operation', 'POST /api/org/v1/users'],
      ['Target', 'http://127.0.0.1:8080'],
      ['Spec', 'spec/openapi.yaml'],
      ['Seed', '1873'],
      ['Run id', 'k3x9q2'],
      ['Started', '2026-01-15 09:30:00 UTC'],
      ['Requests', '456'],
      ['Server clock offset', '-3 ms'],
    ]) {
      expect(html).toContain(`<div><dt>${name}</dt><dd>${value}</dd></div>`);
    }
    expect(html).toContain(
      `<pre id="replay-run">npx lakesail-contract check --target 'http://127.0.0.1:8080' --seed 1873 --run-id k3x9q2</pre>`,
    );
  });

  test('every check with its status, doc and counts; a failed count links to its first violation', () => {
    expect(openingTag(html, 'check-status-code-documented')).toBe(
      '<tr class="failed" id="check-status-code-documented" data-status="failed" data-check="status-code-documented">',
    );
    expect(openingTag(html, 'check-user-echo')).toContain('data-status="passed"');
    expect(openingTag(html, 'check-forbidden-status')).toContain('data-status="skipped"');
    expect(html).toContain('<div class="doc">A forbidden token gets 403.</div>');
    expect(html).toContain(
      '<td class="n">455</td><td class="n"><a href="#violation-1">1</a></td><td class="n">0</td><td class="n">0</td>',
    );
    expect(html).toContain('<option value="status-code-documented">status-code-documented</option>');
    for (const status of ['failed', 'passed', 'skipped', 'inconclusive']) {
      expect(html).toContain(`<input type="checkbox" name="status" value="${status}" checked>`);
    }
  });

  test('each violation: anchor, message, received and documented, curl with a copy button, replay, request and response', () => {
    const [article] = elements(html, 'article');
    expect(openingTag(html, 'violation-1')).toBe(
      '<article class="card violation" id="violation-1" data-status="failed" data-check="status-code-documented">',
    );
    expect(article).toContain('<a class="anchor" href="#violation-1"');
    expect(article).toContain(
      '<p class="message">The server answered 500, which the spec does not document for this operation</p>',
    );
    expect(article).toContain(
      '<dt>Received</dt><dd>500</dd><dt>Documented</dt><dd>201, 400, 401, 403, default</dd><dt>Case</dt><dd>valid token, generated</dd>',
    );
    expect(article).toContain(
      `<pre id="violation-1-curl">curl -X POST 'http://127.0.0.1:8080/api/org/v1/users' -H &quot;Authorization: Bearer $CONTRACT_TOKEN&quot; --data-binary '{&quot;username&quot;:&quot;x&quot;}'</pre><button type="button" class="needs-script" data-copy="violation-1-curl" hidden>Copy</button>`,
    );
    expect(article).toContain(
      '<code>--seed 1873 --group valid-token-valid-body --path &quot;3:1:0&quot; --run-id k3x9q2</code>',
    );
    expect(article).toContain(
      'Request: <span class="mono">POST http://127.0.0.1:8080/api/org/v1/users</span>',
    );
    expect(article).toContain(
      '<td class="mono">authorization</td><td class="mono">Bearer $CONTRACT_TOKEN</td>',
    );
    expect(article).toContain('<pre>{\n  &quot;username&quot;: &quot;x&quot;\n}</pre>');
    expect(article).toContain('Response: <span class="mono">500</span>');
    expect(article).toContain('<pre>oops</pre>');
  });

  test('warnings and the reasons checks were skipped', () => {
    expect(html).toContain('<li>Warning: the token is shorter than 8 characters');
    expect(html).toContain(
      '<li>Skipped: no forbidden token: give --forbidden-token or CONTRACT_FORBIDDEN_TOKEN (forbidden-status)</li>',
    );
  });
});

test('a passing run says so at a glance and lists no violation', () => {
  const html = htmlReport(reportWithSkippedCheck({ verdict: 'pass', violations: [], warnings: [] }));
  expect(elements(html, 'title')).toEqual(['Passed: CreateUser — lakesail-contract']);
  expect(elements(html, 'h1')).toEqual([
    '<span class="mark">✔ Passed</span> · CreateUser keeps the contract',
  ]);
  expect(html).toContain('<body data-verdict="pass">');
  expect(html).toContain('No violation: every check that ran held on every request.');
  expect(html).not.toContain('<article');
});

test('a response without a body part: a timeout says how it ended', () => {
  const html = htmlReport(
    reportWithSkippedCheck({
      violations: [sampleViolation({ response: undefined, outcome: 'timeout after 5000 ms' })],
    }),
  );
  expect(html).toContain('<dt>Outcome</dt><dd>timeout after 5000 ms</dd>');
  expect(html).toContain('<p class="empty">none: timeout after 5000 ms</p>');
});

describe('text from the server or the report is shown, never run', () => {
  const HOSTILE = `</pre></script><script>document.title='pwned'</script><img src=x onerror="alert(1)"><!--"'&`;

  /** Every string of the report (but the verdict) with the hostile text appended. */
  function hostile(value: unknown): unknown {
    if (typeof value === 'string') return `${value}${HOSTILE}`;
    if (Array.isArray(value)) return value.map(hostile);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, hostile(inner)]));
    }
    return value;
  }

  const report = hostile(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({
          sequence: [
            { label: 'create ada', request: sampleViolation().request, expected: '201', outcome: 'reset' },
          ],
        }),
      ],
    }),
  ) as ConformanceReport;
  const html = htmlReport({ ...report, verdict: 'fail' });

  test('no element, attribute or comment comes from the report: one script, one style, no image', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    // Every tag is the page's own: attribute values within their quotes, no event handler.
    const tags = Array.from(html.matchAll(/<[a-z][^>]*>/g), (match) => match[0]);
    expect(tags.filter((tag) => !/^<[a-z0-9]+(?: [a-z-]+(?:="[^"<>]*")?)*>$/.test(tag))).toEqual([]);
    const names = tags.flatMap((tag) =>
      Array.from(tag.matchAll(/ ([a-z-]+)(?:="[^"]*")?/g), (match) => match[1]),
    );
    expect(names.filter((name) => name?.startsWith('on'))).toEqual([]);
  });

  test('the hostile text is there to read, escaped, in the body and every other field', () => {
    const escaped =
      "&lt;/pre&gt;&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;!--&quot;'&amp;";
    expect(html).toContain(`<pre>oops${escaped}</pre>`);
    expect(html).toContain(`<p class="message">The server answered 500`);
    expect(html.split(escaped).length).toBeGreaterThan(20);
  });

  test('control characters, DEL, C1 and lone surrogates are visible escapes; emoji stay', () => {
    const page = htmlReport(
      reportWithSkippedCheck({
        violations: [
          sampleViolation({
            response: {
              status: 500,
              headers: {},
              bodyText: 'a\u0000b\u001bc\u007fd\u0085e\ud800f\udc00g😀\tz',
            },
          }),
        ],
      }),
    );
    expect(page).toContain('<pre>a\\u0000b\\u001Bc\\u007Fd\\u0085e\\uD800f\\uDC00g😀\tz</pre>');
  });
});

test('a Content-Security-Policy allows only the page’s own style and script, by hash, and no network', () => {
  const html = htmlReport(reportWithSkippedCheck());
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const [script] = elements(html, 'script');
  const [style] = elements(html, 'style');
  const hash = (text: string | undefined) =>
    `sha256-${createHash('sha256')
      .update(text ?? '')
      .digest('base64')}`;
  expect(policy.split('; ')).toEqual([
    "default-src 'none'",
    `style-src '${hash(style)}'`,
    `script-src '${hash(script)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ]);
  // Nothing is loaded: no src or href but the page's own anchors.
  expect(html).not.toMatch(/\ssrc=/);
  const links = Array.from(html.matchAll(/\shref="([^"]*)"/g), (match) => match[1] ?? '');
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((link) => !link.startsWith('#'))).toEqual([]);
});

describe('bodies', () => {
  const withBody = (bodyText: string) =>
    htmlReport(
      reportWithSkippedCheck({
        violations: [sampleViolation({ response: { status: 500, headers: {}, bodyText } })],
      }),
    );

  test('JSON is re-indented with every token as sent (a 20-digit id stays exact)', () => {
    expect(withBody('{"id":12345678901234567890,"a":[],"b":{"c":"x,y"}}')).toContain(
      '<pre>{\n  &quot;id&quot;: 12345678901234567890,\n  &quot;a&quot;: [],\n  &quot;b&quot;: {\n    &quot;c&quot;: &quot;x,y&quot;\n  }\n}</pre>',
    );
  });

  test('a long body is folded; one past 64 KiB is cut, saying where the whole one is', () => {
    const long = withBody('x'.repeat(5000));
    expect(long).toContain('<details><summary>body, 5,000 characters: show</summary><pre>xxx');
    const huge = withBody('y'.repeat(200_000));
    expect(huge).toContain('<details><summary>body, 200,000 characters: show</summary><pre>yyy');
    expect(huge).toContain('… (134,464 more characters; the JSON report keeps them whole)</pre>');
    expect(huge.length).toBeLessThan(100_000);
  });

  test('JSON nested deeper than 32 levels is shown as recorded, not re-indented', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    for (const depth of [33, 30_000, 100_000]) {
      expect(withBody(nested(depth))).toContain(`<pre>${'['.repeat(33)}`);
    }
    expect(withBody(nested(32))).toContain('<pre>[\n  [\n    [');
  });
});

test('a stateful failure shows its shrunk sequence as numbered steps with what the model expected', () => {
  const request = sampleViolation().request;
  const html = htmlReport(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({
          sequenceShrunk: true,
          sequence: [
            {
              label: 'create ada',
              request,
              response: { status: 201, headers: {}, bodyText: '{"id":"A1"}' },
              expected: '201 and the user as sent',
            },
            {
              label: 'create ada again',
              request,
              response: { status: 201, headers: {}, bodyText: '{"id":"A2"}' },
              expected: '409: the username is taken',
            },
          ],
        }),
      ],
    }),
  );
  expect(html).toContain('<h4>Sequence (2 steps, shrunk; the last one fails)</h4>');
  // The script that replays the sequence, in place of the last request's curl line.
  expect(html).toContain('<h4>Reproduce the sequence in a shell</h4>');
  expect(html).toMatch(/<pre id="violation-1-script"># The 2 requests that show /);
  const steps = Array.from(html.matchAll(/<li class="step( failing)?">\n<strong>([^<]*)<\/strong>\n(.*)/g));
  expect(steps.map((step) => [step[1] ?? '', step[2], step[3]])).toEqual([
    [
      '',
      'create ada',
      '<dl class="pairs"><dt>Request</dt><dd>POST http://127.0.0.1:8080/api/org/v1/users</dd><dt>Expected</dt><dd>201 and the user as sent</dd><dt>Received</dt><dd>201</dd></dl>',
    ],
    [
      ' failing',
      'create ada again',
      '<dl class="pairs"><dt>Request</dt><dd>POST http://127.0.0.1:8080/api/org/v1/users</dd><dt>Expected</dt><dd>409: the username is taken</dd><dt>Received</dt><dd>201</dd></dl>',
    ],
  ]);
  expect(html).toContain('<pre>{\n  &quot;id&quot;: &quot;A2&quot;\n}</pre>');
});

test("a fixed sequence (the tour, the bursts, a fixture's) is shown as it was sent, not called shrunk", () => {
  const request = sampleViolation().request;
  const step = { label: 'step 1: create user 1', request, expected: '201: user 1 created' };
  const html = htmlReport(
    reportWithSkippedCheck({
      violations: [
        sampleViolation({
          replay: { seed: 5, group: 'fixtures', runId: 'k3x9q2', case: 'step 1: create user 1' },
          sequence: [{ ...step, response: { status: 500, headers: {}, bodyText: 'oops' } }],
        }),
      ],
    }),
  );
  expect(html).toContain('<h4>Sequence (1 step; the last one fails)</h4>');
});
