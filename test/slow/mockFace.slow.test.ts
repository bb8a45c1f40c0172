import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { packageRoot } from '../../core/packageRoot';
import { type RunningMock, startMock } from '../../mock/startMock';
import { docBlock } from '../support/docBlock';
import { type LocalServer, serveLocally } from '../support/serveLocally';

// The mock's face in a real browser (Debian's Chromium, never a downloaded one): the front page, the
// interactive docs creating a user with "Try it out" and a bearer token, the README's cross-origin fetch
// from a page on another port, and the docs' user-page flow (create, describe, update) from that page, across
// a restart with --state-file and a reset. About 30 s; a screenshot of /docs goes to reports/mock-docs.png.
jest.setTimeout(120_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'admin-token-1234';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let mock: RunningMock;
let otherOrigin: LocalServer;
let profile: string;
let browser: BrowserContext;

beforeAll(async () => {
  mock = await startMock({ port: 0, tokens: [TOKEN], forbiddenTokens: ['viewer-token-5678'] });
  // A frontend's page on another port, as a dev server would serve it.
  otherOrigin = await serveLocally((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>frontend</title>');
  });
  profile = mkdtempSync(path.join(tmpdir(), 'lakesail-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await otherOrigin?.close();
  await mock?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the front page lists the operation, the links and the token mode', async () => {
  const page = await browser.newPage();
  await page.goto(`${mock.url}/`);
  await expectText(page.locator('h1'), 'LakeSail platform org API');
  await expectText(page.locator('#operations'), `${mock.url}/api/org/v1/users`);
  await expectText(page.locator('#token-mode'), '1 fixed token (--token) is valid');
  expect(await page.content()).not.toContain(TOKEN);
  await page.close();
});

test('/docs renders the operation in the DOM, and "Try it out" with the bearer token creates a user: 201', async () => {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  // A script error or a refusal by the page's Content-Security-Policy shows here.
  page.on('console', (message) => {
    if (message.type() === 'error') failed.push(message.text());
  });
  page.on('pageerror', (error) => failed.push(error.message));
  await page.goto(`${mock.url}/docs`);
  const operation = page.locator('.opblock-post', { hasText: '/api/org/v1/users' });
  await operation.waitFor();
  // DescribeUser and UpdateUser are rendered too.
  for (const method of ['get', 'patch']) {
    await page.locator(`.opblock-${method}`, { hasText: '/api/org/v1/users/{user}' }).waitFor();
  }
  // In the page's own DOM: document.querySelector sees neither a script's strings nor a shadow root.
  const inDom = await page.evaluate(
    "document.querySelector('.opblock-post .opblock-summary-path')?.textContent",
  );
  expect(inDom).toBe('/api/org/v1/users');

  await page.locator('button.authorize').first().click();
  await page.locator('.modal-ux input[type="text"], .modal-ux input[type="password"]').first().fill(TOKEN);
  await page.locator('.modal-ux button.authorize').click();
  await page.locator('.modal-ux button.btn-done').click();

  await operation.locator('.opblock-summary').click();
  // The docs open in "Try it out" mode (tryItOutEnabled): the request body is the spec's example.
  await operation.locator('button.execute').click();
  await expectText(operation.locator('.live-responses-table .response-col_status'), '201');
  await expectText(operation.locator('.live-responses-table .response-col_description'), '"createdAt"');

  mkdirSync(path.join(packageRoot(), 'reports'), { recursive: true });
  // The curl line Swagger UI shows holds the token typed into "Authorize": kept out of the artifact.
  await page.addStyleTag({ content: '.curl-command { display: none !important; }' });
  await page.screenshot({ path: path.join(packageRoot(), 'reports', 'mock-docs.png'), fullPage: true });
  expect(failed).toEqual([]);
  await page.close();
});

test("the README's cross-origin fetch works from a page on another port", async () => {
  const page = await browser.newPage();
  await page.goto(otherOrigin.baseUrl);
  const block = readmeBrowserBlock().replaceAll('http://127.0.0.1:4010', mock.url);
  const logs = (await page.evaluate(`(async () => {
    const logs = [];
    const console = { log: (...args) => logs.push(['log', ...args]), error: (...args) => logs.push(['error', ...args]) };
    ${block}
    return logs;
  })()`)) as unknown[][];
  expect(logs).toHaveLength(1);
  expect(logs[0]?.[0]).toBe('log');
  expect(logs[0]?.[1]).toBe('created');
  expect(logs[0]?.[2]).toMatch(/^[A-Z0-9]{12}$/);
  await page.close();
});

describe.each([
  ['README.md', '### A user page: create, describe, update'],
  ['docs/mock.md', '### A user page: create, describe, update'],
])("%s's user-page flow from a page on another origin", (doc, heading) => {
  let folder: string;
  let stateful: RunningMock | undefined;
  const start = (port: number) =>
    startMock({ port, tokens: [TOKEN], stateFile: path.join(folder, 'users.json') });
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'lakesail-state-'));
    stateful = await start(0);
  });
  afterAll(async () => {
    await stateful?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('create, land on its page, describe, update; 404 and 400; the user after a restart; 404 after a reset', async () => {
    const mockUrl = (stateful as RunningMock).url;
    const page = await browser.newPage();
    await page.goto(otherOrigin.baseUrl);
    const block = docBlock(doc, heading, 'js').replaceAll('http://127.0.0.1:4010', mockUrl);
    const ran = (await page.evaluate(`(async () => {
      const logs = [];
      const console = { log: (...args) => logs.push(args), error: (...args) => logs.push(['error', ...args]) };
      ${block}
      return { logs, user, described, updated };
    })()`)) as { logs: unknown[][]; user: { id: string }; described: unknown; updated: { id: string } };
    expect(ran.logs).toEqual([
      [201, true, 200, 'Countess of Lovelace', true],
      [
        404,
        'No user has the ID ZZ9NOSUCHUSER.',
        400,
        'request path parameter user must match pattern "^[A-Z0-9]+$"',
      ],
    ]);
    // The page described the very user the 201 answered.
    expect(ran.described).toEqual(ran.user);

    // Stopped and started again on the same port with the same --state-file: the page finds the user.
    const port = Number(new URL(mockUrl).port);
    await (stateful as RunningMock).close();
    stateful = await start(port);
    const describe = `fetch('${mockUrl}/api/org/v1/users/${ran.user.id}', { headers: { Authorization: 'Bearer ${TOKEN}' } })
      .then(async (response) => [response.status, await response.json()])`;
    expect(await page.evaluate(describe)).toEqual([200, ran.updated]);

    // A reset from the page (no token), then the user is gone.
    const reset = `fetch('${mockUrl}/__mock/reset', { method: 'POST' }).then((response) => response.status)`;
    expect(await page.evaluate(reset)).toBe(200);
    expect(await page.evaluate(describe)).toEqual([404, { message: `No user has the ID ${ran.user.id}.` }]);
    await page.close();
  });
});

/** The first js block under the README's "From the browser" heading. */
function readmeBrowserBlock(): string {
  const readme = readFileSync(path.join(packageRoot(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### From the browser'));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no js block under "From the browser"');
  return match[1];
}

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
}
