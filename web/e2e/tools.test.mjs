// The Tools area in real Chromium against a real server, the CSP in force: the
// date converter (a Persian date, an approximate date, an impossible date), the
// currency converter with its citable source, and the deadline calculator.
// Uses no data of its own, so it is independent of the other browser tests.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, assertAccessible, login, openBrowser, screenshot } from './helpers.mjs';

describe('tools', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await login(page, DEMO.officer);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tools' }).waitFor();
  });

  after(async () => {
    assert.deepEqual(browser?.problems ?? [], [], 'no script errors or CSP violations');
    await browser?.close();
  });

  it('converts a Persian date to the Gregorian calendar', async () => {
    await page.locator('#date-convert-date').fill('1398-01-01');
    await page.locator('#date-convert-from').selectOption('persian');
    await page.locator('#date-convert-to').selectOption('gregorian');
    await page.locator('#date-convert-names').selectOption('en');
    await page.getByRole('button', { name: 'Convert' }).first().click();
    const result = page.locator('#date-convert-result');
    await result.getByText('Thursday, 21 March 2019 AD').waitFor();
    assert.match(await result.innerText(), /Gregorian: 2019-03-21/);
  });

  it('shows the server’s words for an impossible date', async () => {
    await page.locator('#date-convert-date').fill('1398-13-40');
    await page.getByRole('button', { name: 'Convert' }).first().click();
    const error = page.locator('#date-convert-result-error');
    await error.waitFor();
    assert.match(await error.innerText(), /1398-13-40.*is not a persian date: month 13 does not exist/);
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.equal((await page.locator('#date-convert-result').innerText()).trim(), '', 'no stale result');
  });

  it('reads an approximate date as the days it may mean', async () => {
    await page.getByLabel('Date as told').fill('Hamal 1398');
    await page.getByRole('button', { name: 'Find the days' }).click();
    const result = page.locator('#date-range-result');
    await result.getByText('2019-03-21 … 2019-04-20').waitFor();
    assert.match(await result.innerText(), /Persian \(Solar Hijri\), precision: month/);
  });

  it('works out an age from a partial date of birth', async () => {
    await page.locator('#date-age-born').fill('1990-05');
    await page.locator('#date-age-on').fill('2019-03-21');
    await page.getByRole('button', { name: 'Work out the age' }).click();
    await page.locator('#date-age-result').getByText('28 years old').waitFor();
  });

  it('converts an amount and names the source to cite', async () => {
    await page.getByLabel('Amount').fill('1000');
    await page.getByLabel('From currency').fill('afn');
    await page.getByLabel('To currency').fill('EUR');
    await page.locator('#currency-on').fill('2020-06-10');
    await page.locator('#currency-tool').getByRole('button', { name: 'Convert' }).click();
    const result = page.locator('#currency-result');
    await result.getByText('1000 AFN = 11.56 EUR').waitFor();
    const text = await result.innerText();
    assert.match(text, /Rate: 1 AFN = 0\.0115631 EUR \(rate of 2020-01-01\)/);
    assert.match(text, /Source: AFN: worldbank-annual 2020; EUR: fed-h10-monthly 2020-06/);
  });

  it('shows the server’s words for an unknown currency', async () => {
    await page.getByLabel('From currency').fill('XXX');
    await page.locator('#currency-tool').getByRole('button', { name: 'Convert' }).click();
    await page.locator('#currency-result-error').getByText(/'XXX' is not a currency code/).waitFor();
    await page.getByLabel('From currency').fill('AFN');
  });

  it('calculates a deadline in working days, skipping Christmas', async () => {
    await page.getByLabel('Country').selectOption('BE');
    await page.getByLabel('From', { exact: true }).fill('2026-12-24');
    await page.getByLabel('Working days').fill('2');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const result = page.locator('#deadline-result');
    await result.getByText('Due on 2026-12-29').waitFor();
    assert.match(await result.innerText(), /2026-12-25 Christmas Day/);
  });

  it('is accessible', async () => {
    await assertAccessible(page, 'the Tools page with results');
    await screenshot(page, 'tools');
  });
});
