// The border screening wizard (issue 5) in real Chromium against a real server, the CSP in
// force: a border officer screens a person whose answers carry a `*` (persecution) and a `+`
// (a job offer by a third person) marker and whose statement expresses fear of return (UN-4);
// the result shows both flags and non-refoulement (UN-10), and a return decision is refused
// with the server's 409 message. Creates its own screening; runs on the demo data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, login, openBrowser, screenshot } from './helpers.mjs';

const BORDER = ['border', 'border-demo-pass'];
const NAME = `Karimi, Farid ${Date.now().toString(36)}`;

/** What the officer answers, by question name; every other question is skipped with Enter. */
const ANSWERS = {
  route: async (page) => {
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.getByLabel(/^Country/).fill('Afghanistan');
  },
  knows_current_country: async (page) => page.keyboard.press('Digit1'),
  reasons: async (page) => {
    await page.locator('[data-choice="persecution"]').click();
    await page.locator('[data-choice="job_offer_by_third_person"]').click();
  },
  statement: async (page) => page.getByRole('textbox').fill('My brother was taken. They will kill me if I go back.'),
};

describe('screening wizard', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await login(page, BORDER);
  });

  after(async () => {
    assert.deepEqual(browser?.problems ?? [], [], 'no script errors or CSP violations');
    await browser?.close();
  });

  it('lands a border officer on the screenings, with the border areas in the navigation', async () => {
    await page.getByRole('heading', { level: 1, name: 'Screening' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const areas = await nav.getByRole('link').allInnerTexts();
    for (const area of ['Screening', 'Referrals', 'Mass influx', 'Reference guides']) assert.ok(areas.includes(area), area);
    assert.ok(!areas.includes('Cases'), 'no cases for a border officer');
  });

  it('takes the person and the languages first, then one question at a time', async () => {
    await page.getByRole('link', { name: 'New screening' }).click();
    await page.getByRole('heading', { level: 1, name: 'New screening' }).waitFor();
    await page.getByLabel(/^Name/).fill(NAME);
    await page.getByLabel('Sex').selectOption('male');
    await page.getByLabel('Approximate age').fill('34');
    await page.getByLabel(/^Nationality/).fill('AF');
    await page.getByLabel(/^Language the person speaks/).fill('ru');
    await page.getByLabel(/^Country/).selectOption('KZ');
    await page.getByLabel('Border crossing point or place').fill('Khorgos');
    await page.getByLabel(/^Interpreter’s language/).selectOption('ru');
    await assertAccessible(page, 'the wizard’s first step');
    await page.getByLabel('Border crossing point or place').press('Enter');

    // Specific needs come first (UN-5), the medical emergency as choice 1; Russian beside English.
    const title = page.locator('#step-title');
    await title.getByText('Specific needs observed').waitFor();
    await page.locator('.question-interpreter [lang="ru"]').waitFor();
    assert.equal(await page.locator('.choice').first().getAttribute('data-choice'), 'medical_emergency');
    assert.match(await page.locator('.wizard-progress label').innerText(), /^Question 1 of \d+$/);
    await assertAccessible(page, 'a question of the wizard in two languages');
    await screenshot(page, 'screening-wizard-question');
  });

  it('answers by keyboard, asking only the relevant questions, and saves', async () => {
    const seen = [];
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('heading', { level: 2, name: 'Review and save' }).isVisible()) break;
      const name = await page.locator('.wizard-step[data-question]').getAttribute('data-question');
      if (seen.at(-1) !== name) seen.push(name);
      const answer = ANSWERS[name];
      if (answer) await answer(page);
      // Enter goes on from a choice or a one-line field; Alt+→ from anywhere (the statement).
      await page.keyboard.press(name === 'statement' ? 'Alt+ArrowRight' : 'Enter');
      await page.waitForFunction(
        (previous) => document.querySelector('.wizard-step[data-question]')?.getAttribute('data-question') !== previous ||
          document.querySelector('#review-title') !== null,
        name,
      );
    }
    assert.ok(seen.includes('reasons') && seen.includes('statement'), `asked: ${seen.join(', ')}`);
    assert.ok(!seen.includes('reasons_other'), 'reasons_other is asked only when "other" is a reason');
    await page.getByRole('button', { name: 'Save the screening' }).click();
    await page.getByRole('heading', { level: 1, name: `Screening of ${NAME}` }).waitFor();
  });

  it('shows both flags, non-refoulement and the fear phrase to confirm', async () => {
    const result = page.locator('#screening-result');
    assert.equal(await result.getAttribute('aria-live'), 'polite');
    for (const id of ['#flag-asylum', '#flag-trafficking', '#flag-non-refoulement']) {
      assert.equal(await page.locator(id).getAttribute('data-on'), 'true', id);
    }
    const markers = await page.locator('#result-indicators tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-marker')));
    assert.ok(markers.includes('*') && markers.includes('+'), `markers: ${markers}`);
    await page.locator('.fear-phrase').getByText(/they will kill me/i).first().waitFor();
    await page.getByRole('button', { name: 'Confirm the expression of fear' }).click();
    await page.locator('#fear-state').getByText('Confirmed by the officer.').waitFor();
    await page.locator('#referral-suggestions [data-category="asylum_authority"]').waitFor();
    await assertAccessible(page, 'the screening result');
    await screenshot(page, 'screening-result');
  });

  it('refuses a return decision with the server’s 409 message (non-refoulement)', async () => {
    await page.getByRole('button', { name: 'Record: Return' }).click();
    const alert = page.locator('#decision-outcome [role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /^Not recorded: /);
    assert.match(text, /refoulement/i);
    await page.getByRole('button', { name: 'Record: Asylum procedure' }).click();
    await page.locator('#decision-outcome').getByText('Recorded: Asylum procedure.').waitFor();
    await page.locator('.decision-list').getByText('Asylum procedure').waitFor();
  });

  it('finds the screening in the list with its flags', async () => {
    await page.getByRole('link', { name: 'All screenings' }).click();
    await page.getByLabel('Search by name').fill(NAME);
    const row = page.locator('#screening-table tbody tr', { hasText: NAME });
    await row.waitFor();
    assert.match(await row.innerText(), /Asylum \(\*\)[\s\S]*Trafficking \(\+\)[\s\S]*Non-refoulement/);
  });

  it('registers a family at a mass influx with the keyboard only (UN-8)', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mass influx' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mass influx' }).waitFor();
    await page.getByLabel('Place').fill('Khorgos');
    await page.getByLabel('Name of person 1').click();
    // Tab across the fields, Enter to the next person, Ctrl+Enter to register.
    await page.keyboard.type('Karimi, Farid');
    await page.keyboard.press('Tab');
    await page.keyboard.press('m');
    await page.keyboard.press('Tab');
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await page.keyboard.type('AF');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Karimi, Amina');
    await page.keyboard.press('Tab');
    await page.keyboard.press('f');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    await page.keyboard.type('AF');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2 3');
    await page.getByText('child, unaccompanied or separated child').waitFor();
    await assertAccessible(page, 'the mass influx form');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { level: 1, name: 'Family of 2' }).waitFor();
    await page.getByText('The group was registered with 2 people.').waitFor();
    const rows = await page.locator('#group-members tbody tr').allInnerTexts();
    assert.match(rows[0], /Karimi, Farid\s+Male\s+34\s+Afghanistan \(AF\)/);
    assert.match(rows[1], /Karimi, Amina\s+Female\s+7\s+Afghanistan \(AF\)\s+child, unaccompanied or separated child/);
    await page.getByLabel('Record').selectOption('temporary_protection');
    await page.getByRole('button', { name: 'Record for the whole group' }).click();
    await page.locator('#group-determinations').getByText('Temporary protection').waitFor();
    await page.getByLabel('Decision for the whole group').selectOption('return');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    assert.match(await page.getByRole('alert').innerText(), /^Not recorded: /);
    const csv = await page.getByRole('link', { name: 'Export to CSV' }).getAttribute('href');
    const exported = await page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).text(), csv);
    assert.match(exported, /Karimi, Amina/);
    await assertAccessible(page, 'a registered group');
    await screenshot(page, 'influx-group');
  });

  it('reads the reference guide, marked as an example, with its PDF (UN-7)', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reference guides' }).click();
    await page.getByRole('link', { name: 'Kazakhstan (KZ)' }).click();
    await page.getByText(/This guide is an example with invented agencies/).waitFor();
    assert.equal(await page.getByRole('textbox').count(), 0, 'read-only for a border officer');
    await page.getByRole('heading', { level: 2, name: 'Asylum authority' }).waitFor();
    await assertAccessible(page, 'a reference guide, read-only');
  });
});
