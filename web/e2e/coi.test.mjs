// The COI area in real Chromium against a real server with the demo library (data/coi, loaded by
// `serve --demo`), the CSP in force: a search in the query language, a facet click that narrows
// the results, the reader opened at the passage, "/" to come back to the search box, and axe.
// Reads the shipped library only, so it is independent of the other browser tests.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, assertAccessible, login, openBrowser, screenshot, waitForFocus } from './helpers.mjs';

describe('COI library', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await login(page, DEMO.officer);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'COI' }).click();
    await page.getByRole('heading', { level: 1, name: 'COI library' }).waitFor();
  });

  after(async () => {
    assert.deepEqual(browser?.problems ?? [], [], 'no script errors or CSP violations');
    await browser?.close();
  });

  it('searches the demo library and marks the words in the snippets', async () => {
    await page.getByLabel('Search the library').fill('Taliban NEAR(girls education, 5)');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const count = page.getByText(/^Passages 1–\d+ of \d+$/);
    await count.waitFor();
    const total = Number((await count.innerText()).match(/of (\d+)/)[1]);
    assert.ok(total > 0, 'the demo library has matches');
    const marks = await page.locator('.coi-snippet mark').allInnerTexts();
    assert.ok(marks.some((m) => /^(Taliban|girls|education)/i.test(m)), `marked words: ${marks.join(', ')}`);
    assert.match(page.url(), /\/coi\?q=Taliban/);
    await assertAccessible(page, 'the COI search with results');
    await screenshot(page, 'coi-search');
  });

  it('narrows the results with a facet click', async () => {
    await page.getByLabel('Search the library').fill('Taliban');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText(/^Passages 1–20 of \d+$/).waitFor();
    const countries = page.getByRole('list', { name: 'Country' });
    const first = countries.getByRole('button').first();
    const label = await first.innerText();
    const [, code, n] = label.match(/^(\S+) \((\d+)\)$/);
    await first.click();
    await page.getByRole('button', { name: label, pressed: true }).waitFor();
    await page.getByText(new RegExp(`^Passages 1–\\d+ of ${n}$`)).waitFor();
    const metas = await page.locator('.coi-meta').allInnerTexts();
    assert.ok(metas.length > 0 && metas.every((m) => m.endsWith(code)), `all from ${code}: ${metas.join(' | ')}`);
    assert.match(page.url(), new RegExp(`country=${code}&mode=only`));
  });

  it('opens the reader at the passage, highlighted, and comes back with /', async () => {
    const firstHit = page.locator('.coi-hit').first();
    const heading = (await firstHit.locator('.coi-heading').count()) ? await firstHit.locator('.coi-heading').innerText() : '';
    const link = firstHit.getByRole('link');
    const href = await link.getAttribute('href');
    const passageId = decodeURIComponent(href.split('#')[1]);
    await link.click();
    const target = page.locator(`[id="${passageId}"]`);
    await target.waitFor();
    assert.match((await target.getAttribute('class')) ?? '', /coi-passage-target/);
    assert.equal(await target.getAttribute('aria-current'), 'location');
    await waitForFocus(page, passageId);
    const box = await target.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 800, `the passage is in view (y=${box?.y})`);
    if (heading) assert.ok((await page.locator('.coi-passage-heading').allInnerTexts()).length > 0);
    await assertAccessible(page, 'the COI reader');
    await screenshot(page, 'coi-reader');

    await page.getByRole('link', { name: 'Back to the search' }).click();
    await page.getByText(/^Passages 1–\d+ of \d+$/).waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('/');
    await waitForFocus(page, 'coi-search');
  });

  it('explains a query that only excludes', async () => {
    await page.getByLabel('Search the library').fill('-Taliban');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /add a word to search for/);
  });
});
