// The personal interview, live, in real Chromium against a real server with the
// test clock (`serve --test-clock`) and the server's CSP in force: plan it on the
// demo case, open the room, refused questions until the opening is done, CH-8
// hints, the question/answer key, breaks and the maximum duration (CH-11),
// entries typed offline and sent once in order, the closing and the notes PDF.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEMO,
  advanceServerClock,
  apiFromPage,
  assertAccessible,
  login,
  openBrowser,
  screenshot,
} from './helpers.mjs';

const OPENING = ['CH-3.1', 'CH-3.2', 'CH-3.3', 'CH-3.4', 'CH-3.5', 'CH-3.6', 'CH-3.7', 'CH-3.8', 'CH-3.9', 'CH-3.10'];
const CLOSING = ['CH-6', 'CH-12.1', 'CH-12.2', 'CH-12.3'];
const LEADING = "You left because of money, didn't you?";
const ANSWER = 'لا. غادرت لأنهم هددوا عائلتي. (No. I left because they threatened my family.)';

describe('interview room', () => {
  let browser;
  let page;
  let context;
  let interviewId;
  let location;
  let seq = 0;

  const editor = () => page.locator('#entry-text');
  const savedStatus = () => page.locator('#saved-status');

  /** Waits for "Saved #n" for the next entry. */
  async function expectSaved(n = seq + 1) {
    await page.waitForFunction(
      (expected) => document.getElementById('saved-status')?.textContent?.startsWith(`Saved #${expected}`),
      n,
    );
    seq = n;
  }

  async function typeAndRecord(text) {
    await editor().fill(text);
    await editor().press('Control+Enter');
  }

  async function kindChecked() {
    return page.locator('input[name="entry-kind"]:checked').inputValue();
  }

  async function entries() {
    const { status, body } = await apiFromPage(page, 'GET', `/api/v1/interviews/${interviewId}/entries`);
    assert.equal(status, 200);
    return body.entries;
  }

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    context = browser.context;
  });

  after(async () => {
    await browser?.close();
  });

  it('plans an interview on the demo case Haddad and opens its room', async () => {
    await login(page, DEMO.officer);
    const search = page.getByLabel('Search cases');
    await search.fill('Rania');
    const link = page.locator('#case-table tbody tr').filter({ hasText: 'Rania' }).getByRole('link').first();
    await link.click();
    await page.getByRole('heading', { level: 1, name: /^Case / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Interviews' }).waitFor();

    location = `Room ${Date.now() % 100000}`;
    await page.getByLabel(/^Planned start/).fill('2026-11-23T09:30');
    await page.getByLabel(/^Location/).fill(location);
    assert.equal(await page.getByLabel(/^Language of the interview/).inputValue(), 'ar', 'the applicant’s language is proposed');
    await page.getByLabel(/^Interpreter code/).fill('INT-042');
    await page.getByRole('button', { name: 'Plan interview' }).click();
    await page.getByText('The interview was planned.').waitFor();

    const row = page.locator('#interview-table tbody tr').filter({ hasText: location });
    await row.waitFor();
    assert.match(await row.innerText(), /INT-042/);
    assert.match(await row.innerText(), /Arabic \(ar\)/);
    const notes = row.getByRole('link', { name: /Notes of the interview/ });
    assert.equal(await notes.getAttribute('target'), '_blank');
    await screenshot(page, 'case-interviews');

    await row.getByRole('link', { name: /Open the interview room/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Interview VB-/ }).waitFor();
    interviewId = page.url().split('/interviews/')[1];
    assert.ok(interviewId, 'the room has its own address');
    const original = page.locator('.applicant-original');
    assert.equal(await original.innerText(), 'رانيا حداد');
    assert.equal(await original.getAttribute('dir'), 'auto');
    await page.locator('.room-status', { hasText: 'Planned' }).waitFor();
    assert.equal(await editor().isDisabled(), true, 'no notes before the start');
  });

  it('starts the interview; a question is refused until the opening checklist is done', async () => {
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await expectSaved(1);
    await page.locator('.room-status', { hasText: 'Running' }).waitFor();
    await page.locator('#clock-left', { hasText: 'no extension' }).waitFor();

    await page.locator('[data-participant="lawyer"]').getByRole('button', { name: 'Lawyer: Joined' }).click();
    await expectSaved(2);

    await typeAndRecord('Where were you born?');
    const refusal = page.locator('#refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.match(text, /Not recorded \(CH-3\)/);
    assert.match(text, /Still open:/);
    assert.match(text, /CH-3\.10 Copy of the notes within 2 working days, comments within 8/);
    // The refused text is back in the editor.
    await page.waitForFunction(() => document.getElementById('entry-text')?.value === 'Where were you born?');
    assert.equal(await savedStatus().innerText(), 'Saved #2', 'nothing was recorded');
    await screenshot(page, 'room-refused');
  });

  it('completes the opening checklist, one item not applicable with a reason', async () => {
    for (const item of OPENING) {
      const row = page.locator(`li[data-item="${item}"]`);
      if (item === 'CH-3.4') {
        await row.getByRole('button', { name: 'Not applicable…' }).click();
        await row.getByLabel('Why CH-3.4 does not apply').fill('The applicant has not elected an address yet.');
        await row.getByRole('button', { name: 'Record' }).click();
      } else {
        await row.getByRole('button', { name: 'Done' }).click();
      }
    }
    await page.locator('#opening-heading', { hasText: '10 of 10 resolved' }).waitFor();
    await expectSaved(2 + OPENING.length);
    await page
      .locator('li[data-item="CH-3.4"]')
      .getByText('not applicable: The applicant has not elected an address yet.')
      .waitFor();
    await page.locator('#refusal').waitFor({ state: 'detached' }); // Gone once entries are saved again.
  });

  it('shows a CH-8 hint on a leading question, toggles to answer with Ctrl+Space and records with Ctrl+Enter', async () => {
    assert.equal(await kindChecked(), 'question');
    await editor().fill(LEADING);
    const hint = page.locator('#entry-hints .hint-leading');
    await hint.waitFor();
    assert.match(await hint.innerText(), /Leading question/);
    assert.match(await hint.innerText(), /didn't you\?/);
    await assertAccessible(page, 'the interview room with a hint');
    await screenshot(page, 'room-hint');

    await editor().press('Control+Enter');
    await expectSaved();
    assert.equal(await editor().inputValue(), '', 'the editor is cleared once the entry is queued');

    await editor().press('Control+Space');
    assert.equal(await kindChecked(), 'answer');
    await page.locator('label.editor-label', { hasText: 'Answer' }).waitFor();
    await typeAndRecord(ANSWER);
    await expectSaved();
    const answerSeq = seq;

    const question = page.locator('.record-list li.entry-question').last();
    assert.match(await question.innerText(), /Q/);
    assert.match(await question.innerText(), /didn't you\?/);
    const answer = page.locator(`#entry-${answerSeq}`);
    assert.match(await answer.locator('.entry-label').innerText(), /^A$/);
    assert.equal(await answer.locator('.entry-text').getAttribute('dir'), 'auto');
    assert.equal(await answer.locator('.entry-text').innerText(), ANSWER, 'stored exactly as typed');

    // Alt+C: a correction of the answer; both stay visible (CH-7.1).
    await page.keyboard.press('Alt+KeyC');
    assert.equal(await kindChecked(), 'correction');
    assert.equal(await page.getByLabel('Entry to correct').inputValue(), String(answerSeq));
    await typeAndRecord('No. I left because they threatened my brother.');
    await expectSaved();
    await answer.getByText(`Corrected in #${seq}`).waitFor();
    const correction = page.locator(`#entry-${seq}`);
    assert.match(await correction.innerText(), new RegExp(`Correction of #${answerSeq}`));
    assert.equal(await correction.locator('del').innerText(), ANSWER);

    await page.keyboard.press('Control+Space');
    assert.equal(await kindChecked(), 'question', 'from any other kind the key goes to question');
  });

  it('warns that a break is due after 85 minutes (amber clock), then takes a break', async () => {
    await advanceServerClock(page, 85);
    await typeAndRecord('What happened after you left?');
    await expectSaved();
    const warnings = page.locator('#charter-warnings');
    await warnings.waitFor();
    assert.match(await warnings.innerText(), /CH-11\.1/);
    assert.match(await warnings.innerText(), /A break is due in \d+ minutes/);
    await page.waitForFunction(() => document.getElementById('clock-break')?.dataset.tone === 'soon');
    assert.match(await page.locator('#clock-break').innerText(), /due in 0:0\d:\d\d/);
    await screenshot(page, 'room-break-due');

    await page.keyboard.press('Alt+KeyB');
    await expectSaved();
    await page.locator('.room-status', { hasText: 'On break' }).waitFor();
    await page.locator('#clock-break', { hasText: 'on break for' }).waitFor();
    await advanceServerClock(page, 16);
    await page.getByRole('button', { name: 'End break' }).click();
    await expectSaved();
    await page.locator('.room-status', { hasText: 'Running' }).waitFor();
    await page.waitForFunction(() => document.getElementById('clock-break')?.dataset.tone === 'normal');
  });

  it('refuses a question once the maximum duration has passed (CH-11.2)', async () => {
    await advanceServerClock(page, 140);
    await typeAndRecord('Is there anything else?');
    const refusal = page.locator('#refusal');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /Not recorded \(CH-11\.2\)/);
    await page.waitForFunction(() => document.getElementById('clock-left')?.dataset.tone === 'over');
    assert.match(await page.locator('#clock-left').innerText(), /over by/);
    await screenshot(page, 'room-time-over');
    await editor().fill('');
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('keeps entries typed offline and sends them once, in order, when back online', async () => {
    await page.keyboard.press('Alt+KeyO');
    assert.equal(await kindChecked(), 'observation');
    await context.setOffline(true);
    await page.locator('#connection-status', { hasText: 'Offline' }).waitFor();
    await typeAndRecord('The applicant hesitates before answering.');
    await typeAndRecord('The applicant looks at the lawyer.');
    await page.locator('#queue-status', { hasText: '2 entries waiting to be sent' }).waitFor();
    assert.equal(await page.locator('.record-list li.entry-pending').count(), 2);
    await screenshot(page, 'room-offline');

    await context.setOffline(false);
    await page.locator('#queue-status', { hasText: 'All entries sent' }).waitFor({ timeout: 15_000 });
    await expectSaved(seq + 2);

    const all = await entries();
    const ids = all.map((e) => e.client_id).filter(Boolean);
    assert.equal(new Set(ids).size, ids.length, 'no client_id is recorded twice');
    assert.equal(ids.length, all.length, 'every entry carries its client_id');
    const observations = all.filter((e) => e.kind === 'observation').map((e) => e.text);
    assert.deepEqual(observations, ['The applicant hesitates before answering.', 'The applicant looks at the lawyer.']);
    assert.equal(all.at(-1).text, 'The applicant looks at the lawyer.');
    assert.equal(all.length, seq);
  });

  it('completes the closing checklist and ends the interview as completed', async () => {
    for (const item of CLOSING) {
      await page.locator(`li[data-item="${item}"]`).getByRole('button', { name: 'Done' }).click();
    }
    await page.locator('#closing-heading', { hasText: '4 of 4 resolved' }).waitFor();
    await expectSaved(seq + CLOSING.length);

    await page.locator('#disclosure-end summary').click();
    await page.getByLabel('Outcome').selectOption('completed');
    await page.locator('#disclosure-end').getByRole('button', { name: 'End the interview' }).click();
    await expectSaved();
    await page.locator('.room-status', { hasText: 'Ended' }).waitFor();
    assert.equal(await editor().isDisabled(), true, 'the record is closed');
    const last = (await entries()).at(-1);
    assert.equal(last.kind, 'end');
    assert.equal(last.outcome, 'completed');
    await assertAccessible(page, 'the interview room after the end');
    await screenshot(page, 'room-ended');
  });

  it('opens the notes as a PDF in a new tab', async () => {
    const link = page.locator('#room-notes-link');
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = await link.getAttribute('href');
    assert.equal(href, `/api/v1/interviews/${interviewId}/report.pdf`);
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.waitForURL(/\/report\.pdf$/); // Chromium's PDF viewer shows it in the new tab.
    await popup.close();

    const response = await context.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/pdf/);
    assert.equal((await response.body()).subarray(0, 5).toString(), '%PDF-');
  });

  it('met no CSP violation and no script error on the way', () => {
    assert.deepEqual(browser.problems, []);
  });
});
