// The Admin area in real Chromium against a real server: the demo administrator creates a
// referral_agency user and makes it act for an agency of the example guide (UN-6, UN-7), locks a
// user (who loses their session and cannot log in, shown in a second browser profile) and unlocks
// them; an officer gets no access. Creates its own users, so the demo users stay as they are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, apiFromPage, assertAccessible, login, openBrowser, screenshot, waitForFocus } from './helpers.mjs';

const SUFFIX = Date.now().toString(36);
const AGENCY_USER = `kz.agency-${SUFFIX}`;
const LOCKED_USER = `officer-${SUFFIX}`;
const PASSWORD = 'a long e2e password';
const AGENCY_ID = 'kz-example-anti-trafficking';

describe('admin area', () => {
  let admin;
  let other;

  before(async () => {
    admin = await openBrowser();
    await login(admin.page, DEMO.admin);
  });

  after(async () => {
    assert.deepEqual(admin?.problems ?? [], [], 'no script errors or CSP violations (admin)');
    assert.deepEqual(other?.problems ?? [], [], 'no script errors or CSP violations (second user)');
    await admin?.close();
    await other?.close();
  });

  /** Fills and sends the New user form, and waits for the confirmation. */
  async function createUser(page, username, roleLabel) {
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel(/^Username/).fill(username);
    await form.getByLabel('Role').selectOption({ label: roleLabel });
    await form.getByLabel(/^Password/).fill(PASSWORD);
    await form.getByRole('button', { name: 'Create the user' }).click();
    await page.getByText(new RegExp(`The user ${username.replace(/\./g, '\\.')} was created`)).waitFor();
  }

  it('creates a referral agency user and assigns an agency of the guide', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    assert.equal(await page.title(), 'Admin – Verbatim');
    assert.equal(await page.getByRole('link', { name: 'Edit the reference guides' }).getAttribute('href'), '/guides');

    // The server's rule shows at the field before anything is sent.
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel(/^Username/).fill(AGENCY_USER);
    await form.getByLabel(/^Password/).fill('short');
    await form.getByRole('button', { name: 'Create the user' }).click();
    await page.locator('#new-user-password-error').getByText('at least 12 characters').waitFor();

    await createUser(page, AGENCY_USER, 'Referral agency');
    await page.getByLabel('Filter users').fill(AGENCY_USER);
    const row = page.getByRole('row', { name: new RegExp(AGENCY_USER.replace(/\./g, '\\.')) });
    await row.getByText('None assigned: sees no referrals').waitFor();
    await row.getByLabel(`Agency of ${AGENCY_USER}`).selectOption(AGENCY_ID);
    await row.getByRole('button', { name: `Assign the chosen agency to ${AGENCY_USER}` }).click();
    await page.getByText(`${AGENCY_USER} now acts for Anti-Trafficking Coordination Centre (example) — Kazakhstan.`).waitFor();

    const { status, body } = await apiFromPage(page, 'GET', '/api/v1/users');
    assert.equal(status, 200);
    const stored = body.users.find((u) => u.username === AGENCY_USER);
    assert.equal(stored.agency_id, AGENCY_ID);
    assert.equal(stored.role, 'referral_agency');

    // UN-6: the new user sees only the referrals addressed to that agency.
    other = await openBrowser();
    await login(other.page, [AGENCY_USER, PASSWORD]);
    const inbox = await apiFromPage(other.page, 'GET', '/api/v1/referrals');
    assert.equal(inbox.status, 200);
    assert.ok(inbox.body.referrals.every((r) => r.agency.id === AGENCY_ID), JSON.stringify(inbox.body));
    await other.close();
    other = undefined;
  });

  it('locks a user, who is logged out and kept out, and unlocks them', async () => {
    const { page } = admin;
    await createUser(page, LOCKED_USER, 'Protection officer');
    other = await openBrowser();
    await login(other.page, [LOCKED_USER, PASSWORD]);

    await page.getByLabel('Filter users').fill(LOCKED_USER);
    await page.getByRole('button', { name: `Lock ${LOCKED_USER}` }).click();
    const yes = page.getByRole('button', { name: `Yes, lock ${LOCKED_USER}` });
    await waitForFocus(page, yes);
    await assertAccessible(page, 'the admin page asking to confirm a lock');
    await yes.click();
    await page.getByText(`${LOCKED_USER} is locked.`).waitFor();
    const unlock = page.getByRole('button', { name: `Unlock ${LOCKED_USER}` });
    await waitForFocus(page, unlock);
    await page.getByRole('row', { name: new RegExp(LOCKED_USER) }).getByText('Locked by an administrator').waitFor();

    // The second profile's session is gone, and the password no longer opens the account.
    const me = await apiFromPage(other.page, 'GET', '/api/v1/me');
    assert.equal(me.status, 401);
    await other.page.goto('/');
    await other.page.getByLabel('Username').fill(LOCKED_USER);
    await other.page.getByLabel('Password').fill(PASSWORD);
    await other.page.getByRole('button', { name: 'Log in' }).click();
    await other.page.getByText('This account is locked. An administrator can unlock it.').waitFor();

    await unlock.click();
    await page.getByText(`${LOCKED_USER} is unlocked and can log in again.`).waitFor();
    await login(other.page, [LOCKED_USER, PASSWORD]);

    await page.getByLabel('Filter users').fill('');
    await assertAccessible(page, 'the admin page');
    await screenshot(page, 'admin-users');

    // Nobody locks themself: the page offers no Lock for the administrator's own row.
    const own = page.getByRole('row', { name: /admin \(you\)/ });
    assert.equal(await own.getByRole('button', { name: /^Lock/ }).count(), 0);
  });

  it('tells an officer that they have no access', async () => {
    const officer = await openBrowser();
    try {
      await login(officer.page, DEMO.officer);
      await officer.page.goto('/admin');
      await officer.page.getByText('You have no access to administration.').waitFor();
      assert.equal(await officer.page.getByRole('table', { name: 'Users' }).count(), 0);
      const { status } = await apiFromPage(officer.page, 'GET', '/api/v1/users');
      assert.equal(status, 403, 'the server refuses the officer the user list too');
      assert.deepEqual(officer.problems, []);
    } finally {
      await officer.close();
    }
  });
});
