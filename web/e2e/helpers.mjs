// Shared set-up for the browser tests: the server under test, Debian's
// Chromium driven by playwright-core, axe-core and screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const DEMO = {
  officer: ['officer', 'officer-demo-pass'],
  supervisor: ['supervisor', 'supervisor-demo-pass'],
  admin: ['admin', 'admin-demo-pass'],
  lawyer: ['lawyer', 'lawyer-demo-pass'],
};

/** The running server's base URL, from VERBATIM_URL; throws a clear error when it is unset. */
export function baseUrl() {
  const url = process.env.VERBATIM_URL;
  if (!url) {
    throw new Error(
      'VERBATIM_URL is not set. Start a server, e.g. ' +
        '`build/verbatim serve --demo --db sqlite:///tmp/webdev/v.db --listen 127.0.0.1:18080 --web-root web/dist`, ' +
        'then run `VERBATIM_URL=http://127.0.0.1:18080 npm run e2e` in web/.',
    );
  }
  return url.replace(/\/+$/, '');
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Starts Chromium with a fresh profile and returns { page, context, problems, close }.
 * `problems` collects uncaught page errors and CSP violations reported on the console.
 * bypassCSP is no longer needed for axe-core (see assertAccessible); keep the CSP in force.
 */
export async function openBrowser({ bypassCSP = false } = {}) {
  const url = baseUrl();
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    bypassCSP,
    baseURL: url,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Logs in through the login form and waits for the application shell. */
export async function login(page, [username, password]) {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

let axeSource = null;

/**
 * Runs axe-core on the page and fails on any serious or critical violation.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so this works with the server's CSP in force too.
 */
export async function assertAccessible(page, what) {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], `axe found serious problems on ${what}`);
}

const screenshotDir = process.env.VERBATIM_SCREENSHOTS
  ? resolve(process.env.VERBATIM_SCREENSHOTS)
  : resolve(webDir, '../build/screenshots');

/** Saves a full-page screenshot as NAME.png in VERBATIM_SCREENSHOTS (default ../build/screenshots). */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until `target` (an element id, or a Playwright locator) has the focus. Preact runs
 * effects (where the pages move focus) after the next frame, so a check straight after a key
 * press or a render races it on a loaded machine; this waits instead, and fails naming what
 * had the focus after `timeout` ms.
 */
export async function waitForFocus(page, target, timeout = 5000) {
  const deadline = Date.now() + timeout;
  const focused = () =>
    typeof target === 'string'
      ? page.evaluate((id) => document.activeElement?.id === id, target)
      : target.evaluate((el) => el === document.activeElement);
  while (!(await focused())) {
    if (Date.now() > deadline) {
      const actual = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
      throw new Error(`expected the focus on ${typeof target === 'string' ? `#${target}` : target}, but it is on ${actual}`);
    }
    await page.waitForTimeout(25);
  }
}

/**
 * Calls the API from inside the page, with the page's session cookie and, for
 * anything but GET, its CSRF token (from GET /api/v1/me). Returns { status, body }.
 */
export async function apiFromPage(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers = { Accept: 'application/json' };
      if (method !== 'GET') {
        const me = await (await fetch('/api/v1/me', { credentials: 'same-origin' })).json();
        headers['X-CSRF-Token'] = me.csrf_token;
        headers['Content-Type'] = 'application/json';
      }
      const response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      return { status: response.status, body: parsed };
    },
    { method, path, body },
  );
}

/**
 * Moves the server's test clock (`serve --test-clock`) on by `minutes`. The
 * same clock measures the session's 30-minute idle timeout, so the clock is
 * moved in steps of at most 25 minutes, each request keeping the session alive.
 * Browser test files therefore must not run in parallel against one server.
 */
export async function advanceServerClock(page, minutes) {
  let left = minutes;
  while (left > 0) {
    const step = Math.min(25, left);
    const { status, body } = await apiFromPage(page, 'POST', '/api/v1/test/clock', { advance_minutes: step });
    assert.equal(status, 200, `POST /api/v1/test/clock answered ${status}: ${JSON.stringify(body)} (is the server running with --test-clock?)`);
    left -= step;
  }
}
