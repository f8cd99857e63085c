// axe-core on the main screens, with the server's CSP in force (axe is
// evaluated through the DevTools protocol, which the CSP does not govern).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, assertAccessible, login, openBrowser, screenshot, waitForFocus } from './helpers.mjs';

describe('accessibility', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('login page', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await assertAccessible(page, 'the login page');
    await screenshot(page, 'login');
  });

  it('case form, empty and with errors', async () => {
    await login(page, DEMO.officer);
    await page.goto('/cases/new');
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await assertAccessible(page, 'the New case form');
    await screenshot(page, 'case-form');

    await page.getByLabel('Nationality').fill('S1');
    await page.getByRole('button', { name: 'Create case' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Enter the family name, the given names, or both\./);
    await waitForFocus(page, summary);
    await assertAccessible(page, 'the New case form with errors');
    await screenshot(page, 'case-form-errors');

    await page.getByLabel('Family name').fill('Haddad');
    await page.getByLabel('Given names').fill('Layla');
    await page.getByLabel('Names in original script').fill('ليلى حداد');
    await page.getByLabel('Date of birth').fill('1985');
    await page.getByLabel('Nationality').fill('IQ');
    await page.getByLabel('Languages').fill('ar, ku');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { level: 1, name: /^Case / }).waitFor();
    await assertAccessible(page, 'the case detail');
  });

  it('case list', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await page.locator('#case-table tbody tr').first().waitFor();
    await assertAccessible(page, 'the case list');
    await screenshot(page, 'case-list');
  });
});
