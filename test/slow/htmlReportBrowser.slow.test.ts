import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ConformanceReport } from '../../api';
import { packageRoot } from '../../core/packageRoot';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { rewriteResponse } from '../../servers/rewrite/rewriteResponse';
import { runCliProcess } from '../proof/support/runCliProcess';
import { type LocalServer, serveLocally } from '../support/serveLocally';

// Budget: about 20 s (two CLI runs of --runs 5, one Chromium); timeout 120 s.
// What a person sees when they open the --report-html page from a CI artifact: Debian's Chromium (never a
// downloaded browser), headless, offline, from file://.

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'html-browser-token-5c1e9a07';
const FORBIDDEN = 'html-browser-forbidden-77d2b4';
/** Where the screenshots are kept, as artifacts of the run. */
const SHOTS = path.join(packageRoot(), 'reports', 'html-report');

/**
 * What a hostile or careless server may answer: markup that would change the page's title and set a global
 * if the report ran it. The broken server below sends it, as a 500, for every malformed request.
 */
const HOSTILE_BODY =
  '<!doctype html><title>oops</title></pre></script><script>window.pwned = "script"; document.title = "pwned";</script>' +
  '<img src="x" onerror="window.pwned = \'img\'; document.title = \'pwned\'"><!-- -->';

let hostile: LocalServer;
let reference: LocalServer;
let context: BrowserContext;
const folder = mkdtempSync(path.join(tmpdir(), 'html-report-browser-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it)`);
  }
  const options = { tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] };
  // The reference, but a malformed request crashes it: 500 with an HTML page for a body.
  hostile = await serveLocally(
    rewriteResponse(await createReferenceApp(options), (response) =>
      response.status === 400
        ? { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, body: HOSTILE_BODY }
        : response,
    ),
  );
  reference = await serveLocally(await createReferenceApp(options));
  mkdirSync(SHOTS, { recursive: true });
  const profile = mkdtempSync(path.join(folder, 'profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    offline: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The copy button writes to the clipboard; the test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route(/^(?!file:)/, (route) => route.abort());
}, 60_000);

afterAll(async () => {
  await context?.close();
  await Promise.all([hostile?.close(), reference?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the built CLI against `baseUrl`, writing the HTML and JSON reports; returns their paths and the exit code. */
async function check(baseUrl: string, name: string) {
  const html = path.join(folder, `${name}.html`);
  const json = path.join(folder, `${name}.json`);
  const result = await runCliProcess(
    [
      ...['check', '--target', baseUrl, '--runs', '5', '--seed', '7', '--run-id', 'html1'],
      ...['--timeout-ms', '2000', '--report-html', html, '--report-json', json],
    ],
    { CONTRACT_TOKEN: TOKEN, CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN },
  );
  expect(result.stderr).toBe('');
  return { code: result.code, html, report: JSON.parse(readFileSync(json, 'utf8')) as ConformanceReport };
}

/** Opens a page from file://, recording every request it makes and every console error or page error. */
async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors };
}

/** The ids of the elements matching `selector` that a person can see. */
function visibleIds(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements
      .filter((element) => (element as unknown as { offsetParent: unknown }).offsetParent !== null)
      .map((element) => element.id),
  );
}

describe('the page of a failing run', () => {
  let run: Awaited<ReturnType<typeof check>>;
  let view: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    run = await check(hostile.baseUrl, 'failing');
    view = await open(run.html);
  }, 60_000);
  afterAll(() => view?.page.close());

  test('shows the verdict, the failing checks and each violation with its curl line', async () => {
    const { page } = view;
    expect(run.code).toBe(1);
    expect(await page.title()).toBe('Failed: CreateUser, DescribeUser and UpdateUser — lakesail-contract');
    expect(await page.textContent('h1')).toBe(
      '✘ Failed · CreateUser, DescribeUser and UpdateUser break the contract',
    );
    expect(await page.textContent('.verdict-line')).toMatch(
      /^Failed: \d+ violations of \d+ checks in \d+ requests/,
    );
    expect(await page.textContent('#check-not-a-server-error td:first-child')).toBe('failed');
    const failedChecks = run.report.checks
      .filter((check) => check.failed > 0)
      .map((check) => `check-${check.id}`);
    expect(await visibleIds(page, 'tr.failed')).toEqual(failedChecks);
    expect(await visibleIds(page, 'article.violation')).toHaveLength(run.report.violations.length);
    const first = run.report.violations[0] as ConformanceReport['violations'][number];
    expect(await page.textContent('#violation-1 h3')).toBe(`1. ${first.title}`);
    expect(await page.textContent('#violation-1-curl')).toBe(first.curl);
    expect(first.curl).toContain('"Authorization: Bearer $CONTRACT_TOKEN"');
    await page.screenshot({ path: path.join(SHOTS, 'failing.png'), fullPage: true });
  });

  test('the copy button puts the curl line on the clipboard', async () => {
    const { page } = view;
    const button = page.locator('button[data-copy="violation-1-curl"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await until(page, `document.querySelector('[data-copy="violation-1-curl"]').textContent === 'Copied'`);
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(run.report.violations[0]?.curl);
  });

  test('the hostile body is shown as text and never runs; nothing is loaded, nothing is refused', async () => {
    const { page, requests, errors } = view;
    const bodies = await page.$$eval('article pre', (elements) =>
      elements.map((element) => element.textContent),
    );
    expect(bodies).toContain(HOSTILE_BODY);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.title()).toBe('Failed: CreateUser, DescribeUser and UpdateUser — lakesail-contract');
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1);
    expect(requests).toEqual([pathToFileURL(run.html).href]);
    // Our own script and style pass the Content-Security-Policy (Chromium would log a refusal): the style
    // sets the body's margin to 0, the script shows the filters.
    expect(errors).toEqual([]);
    expect(await page.evaluate('getComputedStyle(document.body).margin')).toBe('0px');
    expect(await page.locator('form.filters').isVisible()).toBe(true);
  });

  test('even markup that escaped its escaping (a bug) could neither run nor load: the policy refuses it', async () => {
    // The same page with the hostile body written as markup, as an escaping bug would write it.
    const html = readFileSync(run.html, 'utf8').replace('<main>', `<main>${HOSTILE_BODY}`);
    const file = path.join(folder, 'unescaped.html');
    writeFileSync(file, html);
    const { page, errors } = await open(file);
    try {
      expect(await page.$$eval('img', (images) => images.length)).toBe(1);
      expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
      expect(await page.title()).toBe('Failed: CreateUser, DescribeUser and UpdateUser — lakesail-contract');
      // Chromium names each refusal; the image is requested only to be blocked.
      expect(errors.map((error) => error.replace(/ violates .*/, ''))).toEqual([
        'Executing inline script',
        'Executing inline event handler',
        `Loading the image '${pathToFileURL(path.join(folder, 'x')).href}'`,
      ]);
      expect(errors[2]).toContain(`"default-src 'none'"`);
    } finally {
      await page.close();
    }
  });

  test('filters by status and by check', async () => {
    const { page } = view;
    const all = await visibleIds(page, '#checks tbody tr');
    const failed = await visibleIds(page, 'tr.failed');
    await page.uncheck('input[name="status"][value="failed"]');
    expect(await visibleIds(page, 'article.violation')).toEqual([]);
    expect(await visibleIds(page, '#checks tbody tr')).toEqual(all.filter((id) => !failed.includes(id)));
    await page.check('input[name="status"][value="failed"]');
    await page.selectOption('#filter-check', 'not-a-server-error');
    expect(await visibleIds(page, '#checks tbody tr')).toEqual(['check-not-a-server-error']);
    const own = run.report.violations.flatMap((violation, index) =>
      violation.checkId === 'not-a-server-error' ? [`violation-${index + 1}`] : [],
    );
    expect(own.length).toBeGreaterThan(0);
    expect(await visibleIds(page, 'article.violation')).toEqual(own);
    expect(await page.textContent('#filter-shown')).toBe(
      `showing 1 check and ${own.length} violation${own.length === 1 ? '' : 's'}`,
    );
  });

  test('a link to a violation the filters hide shows it again, scrolled into view', async () => {
    const { page } = view;
    await page.selectOption('#filter-check', 'not-a-server-error');
    const other = run.report.violations.findIndex((violation) => violation.checkId !== 'not-a-server-error');
    expect(other).toBeGreaterThanOrEqual(0);
    const anchor = `violation-${other + 1}`;
    expect(await visibleIds(page, `#${anchor}`)).toEqual([]);
    await page.evaluate(`location.hash = '#${anchor}'`);
    await until(page, `document.getElementById('${anchor}').offsetParent !== null`);
    expect(await page.inputValue('#filter-check')).toBe('');
    const top = await page.evaluate<number>(
      `document.getElementById('${anchor}').getBoundingClientRect().top`,
    );
    expect(Math.abs(top)).toBeLessThan(2);
  });

  test('holds no token', () => {
    const html = readFileSync(run.html, 'utf8');
    expect(html).not.toContain(TOKEN);
    expect(html).not.toContain(FORBIDDEN);
  });
});

test('the page of a passing run says so at a glance', async () => {
  const run = await check(reference.baseUrl, 'passing');
  expect(run.code).toBe(0);
  const { page, requests, errors } = await open(run.html);
  try {
    expect(await page.title()).toBe('Passed: CreateUser, DescribeUser and UpdateUser — lakesail-contract');
    expect(await page.textContent('h1')).toBe(
      '✔ Passed · CreateUser, DescribeUser and UpdateUser keep the contract',
    );
    expect(await page.textContent('#violations')).toContain('No violation');
    expect(await visibleIds(page, 'tr.failed')).toEqual([]);
    expect(requests).toEqual([pathToFileURL(run.html).href]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'passing.png'), fullPage: true });
  } finally {
    await page.close();
  }
}, 60_000);

/**
 * Waits until `expression` is true in the page, polled from here: waitForFunction would poll by evaluating a
 * string inside the page, which the report's own Content-Security-Policy refuses (page.evaluate is not subject
 * to it).
 */
async function until(
  page: { evaluate(expression: string): Promise<unknown> },
  expression: string,
): Promise<void> {
  for (let tries = 0; (await page.evaluate(expression)) !== true; tries++) {
    if (tries > 250) throw new Error(`never true in the page: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
