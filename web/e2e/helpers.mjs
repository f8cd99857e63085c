// Shared set-up for the browser tests: the server under test, Debian's
// Chromium driven by playwright-core, axe-core and screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * bypassCSP is only for injecting axe-core, which the server's CSP would rightly refuse.
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

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function assertAccessible(page, what) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
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
