// What other roles see, and what happens when the session goes away.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, login, openBrowser, screenshot } from './helpers.mjs';

describe('roles and session', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('tells a lawyer that they have no access to cases', async () => {
    await login(page, DEMO.lawyer);
    await page.getByText('You have no access to cases.').waitFor();
    assert.equal(await page.getByLabel('Search cases').count(), 0);
    const status = await page.evaluate(() => fetch('/api/v1/cases').then((r) => r.status));
    assert.equal(status, 403, 'the server refuses the lawyer the case list too');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: 'Admin' }).count(), 0);
    await screenshot(page, 'lawyer-no-case-access');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('You have logged out.').waitFor();
  });

  it('shows Admin to the administrator (the area itself: e2e/admin.test.mjs)', async () => {
    await login(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    assert.equal(await page.title(), 'Admin – Verbatim');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('You have logged out.').waitFor();
  });

  it('returns to login with an explanation when the session has gone', async () => {
    await login(page, DEMO.supervisor);
    const search = page.getByLabel('Search cases');
    await search.waitFor();
    await browser.context.clearCookies();
    await search.fill('anything');
    await page.getByText('Your session has expired. Please log in again.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await screenshot(page, 'session-expired');
  });

  it('met no CSP violation and no script error on the way', () => {
    assert.deepEqual(browser.problems, []);
  });
});
