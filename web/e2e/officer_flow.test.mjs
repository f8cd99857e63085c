// An officer's day in miniature, in real Chromium against a real server,
// with the server's Content-Security-Policy in force.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, login, openBrowser, screenshot, waitForFocus } from './helpers.mjs';

const ARABIC_NAME = 'محمد أحمد';

describe('officer flow', () => {
  let browser;
  let page;
  let caseNumber;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the login page and the server\'s reason for a failed login', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    assert.equal(await page.title(), 'Log in – Verbatim');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByLabel('Username').fill('no-such-user-e2e');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Log in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.notEqual((await alert.innerText()).trim(), '', 'the problem detail is shown');
  });

  it('logs in as officer and lands on the case list', async () => {
    await login(page, DEMO.officer);
    await page.getByText('Logged in as officer (Protection officer)').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Cases',
      'Interviews',
      'Screening',
      'COI',
      'Tools',
      'Tasks',
    ]);
  });

  it('creates a case with a name in Arabic script, after a server-side field error (Alt+N opens the form)', async () => {
    await page.keyboard.press('Alt+KeyN');
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await page.getByLabel('Family name').fill('Ahmad');
    await page.getByLabel('Given names').fill('Mohammed');
    const original = page.getByLabel('Names in original script');
    await original.fill(ARABIC_NAME);
    assert.equal(await original.getAttribute('dir'), 'auto');
    assert.equal(await original.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    await page.getByLabel('Date of birth').fill('1990-05-04');
    await page.getByLabel('Languages').fill('ar');

    // A code of the right shape that the server does not know: its field error is shown.
    const nationality = page.getByLabel('Nationality');
    await nationality.fill('XX');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('alert').getByText(/Nationality: .*XX/).waitFor();
    assert.equal(await nationality.getAttribute('aria-invalid'), 'true');

    await nationality.fill('SY');
    await page.getByRole('button', { name: 'Create case' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /^Case / });
    await heading.waitFor();
    caseNumber = (await heading.innerText()).replace(/^Case /, '').trim();
    assert.ok(caseNumber.length > 0, 'the new case has a number');
    await page.getByText(`Case ${caseNumber} was created.`).waitFor();
    await page.getByText(ARABIC_NAME).waitFor();
    await screenshot(page, 'case-detail');
  });

  it('finds the case by its Arabic name and by its number ("/" focuses search)', async () => {
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.locator('body').press('/');
    const search = page.getByLabel('Search cases');
    await waitForFocus(page, search);

    await search.fill(ARABIC_NAME);
    await page.getByRole('link', { name: caseNumber, exact: true }).waitFor();

    await search.fill(caseNumber);
    const rows = page.locator('#case-table tbody tr');
    await page.waitForFunction(
      (number) => {
        const cells = [...document.querySelectorAll('#case-table tbody tr td:first-child')];
        return cells.length === 1 && cells[0].textContent.trim() === number;
      },
      caseNumber,
    );
    assert.equal(await rows.count(), 1);
    const cells = await rows.first().locator('td').allInnerTexts();
    assert.deepEqual(cells.map((c) => c.trim()), [caseNumber, 'Ahmad', 'Mohammed', ARABIC_NAME, 'SY', '1990-05-04']);
    await screenshot(page, 'case-list-search');
  });

  it('opens the case from the list', async () => {
    await page.getByRole('link', { name: caseNumber, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Case ${caseNumber}` }).waitFor();
    assert.match(page.url(), /\/cases\/[^/]+$/);
    await page.getByText('Syria (SY)').waitFor();
    await page.getByText(/Arabic \(ar\)/).waitFor();
    // The address is bookmarkable: a reload restores the session and the page.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Case ${caseNumber}` }).waitFor();
  });

  it('logs out and shows the login page', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByText('You have logged out.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  });

  it('met no CSP violation and no script error on the way', () => {
    assert.deepEqual(browser.problems, []);
  });
});
