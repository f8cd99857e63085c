// A referral's whole lifecycle (issue 5, UN-6) in real Chromium against a real server: a border
// officer sends a referral from a screening's result to the agency the reference guide names
// (UN-7), with the person's consent; the demo agency user finds it in the inbox, acknowledges,
// accepts and closes it; the history shows who acted when, and the slip is a PDF. Two browser
// profiles, one per user. Creates its own screening.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiFromPage, assertAccessible, login, openBrowser, screenshot } from './helpers.mjs';

const BORDER = ['border', 'border-demo-pass'];
const AGENCY = ['agency', 'agency-demo-pass'];
const NAME = `Rahimi, Laleh ${Date.now().toString(36)}`;
/** The category whose agency the demo user `agency` belongs to (see src/cli/demo_data.cc). */
const CATEGORY = 'asylum_authority';

describe('referral lifecycle', () => {
  let border;
  let agency;
  let screeningId;
  let referralPath;

  before(async () => {
    border = await openBrowser();
    await login(border.page, BORDER);
    const { status, body } = await apiFromPage(border.page, 'POST', '/api/v1/screenings', {
      form: 'unhcr-annex1',
      country: 'KZ',
      location: 'Khorgos',
      person: { name: NAME, sex: 'female', approximate_age: 29, nationality: 'AF', language: 'fa' },
      answers: { reasons: ['persecution'], statement: 'I am afraid to go back.' },
    });
    assert.equal(status, 201, JSON.stringify(body));
    screeningId = body.id;
  });

  after(async () => {
    assert.deepEqual(border?.problems ?? [], [], 'no script errors or CSP violations (border officer)');
    assert.deepEqual(agency?.problems ?? [], [], 'no script errors or CSP violations (agency)');
    await border?.close();
    await agency?.close();
  });

  it('the border officer sends the referral with the person’s consent', async () => {
    const { page } = border;
    await page.goto(`/screening/${screeningId}`);
    const item = page.locator(`#referral-suggestions [data-category="${CATEGORY}"]`);
    await item.waitFor();
    const agencyLine = await item.getByText(/^Agency: /).innerText();
    await item.getByRole('button', { name: 'Send referral' }).click();
    await item.getByLabel('The person consents to the referral').check();
    await item.getByRole('button', { name: /^Send to / }).click();
    await item.getByText('Referral sent (Sent).').waitFor();
    referralPath = await item.getByRole('link', { name: 'Open the referral' }).getAttribute('href');
    assert.match(referralPath, /^\/referrals\/.+/);
    assert.match(agencyLine, /\(example/i, 'the demo guide is marked as an example');
  });

  it('the agency finds it in its inbox', async () => {
    agency = await openBrowser();
    const { page } = agency;
    await login(page, AGENCY);
    await page.getByRole('heading', { level: 1, name: 'Referral inbox' }).waitFor();
    const row = page.locator('#referral-table tbody tr', { hasText: NAME });
    await row.waitFor();
    assert.equal(await row.getAttribute('data-status'), 'sent');
    await assertAccessible(page, 'the referral inbox');
    await screenshot(page, 'referral-inbox');
    await row.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(NAME.replace(/[()]/g, '\\$&')) }).waitFor();
    assert.equal(new URL(page.url()).pathname, referralPath);
    await page.getByText('Given by the person').waitFor();
  });

  it('acknowledges, accepts and closes it; the history shows each step', async () => {
    const { page } = agency;
    const status = page.locator('#referral-status-line');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await status.getByText('Acknowledged', { exact: true }).waitFor();
    await page.getByLabel('Note').fill('Interview booked for tomorrow.');
    await page.getByRole('button', { name: 'Accept' }).click();
    await status.getByText('Accepted', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await status.getByText('Closed', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Close' }).count(), 0, 'nothing left to do');
    const events = page.locator('#referral-events li');
    const texts = await events.allInnerTexts();
    assert.equal(texts.length, 4, texts.join(' | '));
    assert.match(texts[0], /^Sent · .+ · border/);
    assert.match(texts[1], /^Acknowledged · .+ · agency/);
    assert.match(texts[2], /^Accepted · .+ · agency — Interview booked for tomorrow\./);
    assert.match(texts[3], /^Closed · .+ · agency/);
    await assertAccessible(page, 'a closed referral');
    await screenshot(page, 'referral-closed');
  });

  it('prints the referral slip as a PDF', async () => {
    const { page } = agency;
    const href = await page.getByRole('link', { name: 'Referral slip (PDF)' }).getAttribute('href');
    const head = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('Content-Type'), magic: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href);
    assert.deepEqual(head, { status: 200, type: 'application/pdf', magic: '%PDF-' });
  });

  it('the border officer sees it closed', async () => {
    const { page } = border;
    await page.goto(referralPath);
    await page.locator('#referral-status-line').getByText('Closed', { exact: true }).waitFor();
  });

  it('an administrator edits a guide: the server’s problem stands beside its field', async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await login(page, ['admin', 'admin-demo-pass']);
      await page.goto('/guides/KG');
      await page.getByRole('button', { name: 'Save the guide' }).waitFor();
      const section = page.getByRole('region', { name: 'Assistance organisations' });
      const before = await section.locator('fieldset.agency').count();
      await section.getByRole('button', { name: 'Add an assistance organisation' }).click();
      const added = section.locator('fieldset.agency').nth(before);
      await added.getByLabel(/^Name/).fill('Night Shelter (example)');
      await page.getByRole('button', { name: 'Save the guide' }).click();
      // Annex 2 asks for the services, telephone and address of every agency.
      await page.locator('#guide-outcome [role="alert"]').waitFor();
      const telephone = added.getByLabel('Telephone');
      assert.equal(await telephone.getAttribute('aria-invalid'), 'true');
      await assertAccessible(page, 'the guide editor with errors');
      await added.getByLabel('Services').fill('Shelter for the night (example)');
      await telephone.fill('+996 000 000 000');
      await added.getByLabel('Address').fill('1 Example Street (example)');
      await page.getByRole('button', { name: 'Save the guide' }).click();
      await page.locator('#guide-outcome').getByText(/^The guide was saved/).waitFor();
      await page.reload();
      await page.getByRole('region', { name: 'Assistance organisations' }).getByLabel(/^Name/).nth(before).waitFor();
      assert.equal(await page.getByRole('region', { name: 'Assistance organisations' }).getByLabel(/^Name/).nth(before).inputValue(), 'Night Shelter (example)');
      assert.deepEqual(admin.problems, []);
    } finally {
      await admin.close();
    }
  });
});
