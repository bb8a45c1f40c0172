import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeConformance } from '../../conformance/jest';
import { createReferenceApp } from '../../servers/createReferenceApp';

// `reportHtml` beside `reportJson`: the adapter writes the page a person opens, tokens redacted.
const token = 'adapter-html-token-0123456789';
const forbiddenToken = 'adapter-html-forbidden-0123456789';
const folder = mkdtempSync(path.join(tmpdir(), 'adapter-html-'));
const reportHtml = path.join(folder, 'reports', 'contract.html');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeConformance(
  async () => ({ app: await createReferenceApp({ tokens: [token], forbiddenTokens: [forbiddenToken] }) }),
  { token, forbiddenToken, seed: 3, runs: 3, timeoutMs: 2000, reportHtml },
);

// Declared after the describe block, so it runs once the kit has run and written the page.
test('the HTML report is written, says the run passed, and holds no token', () => {
  const html = readFileSync(reportHtml, 'utf8');
  expect(html).toContain(
    '<title>Passed: CreateUser, DescribeUser and UpdateUser — lakesail-contract</title>',
  );
  expect(html).toContain('<body data-verdict="pass">');
  expect(html).not.toContain(token);
  expect(html).not.toContain(forbiddenToken);
});
