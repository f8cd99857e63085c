// My tasks and the completeness check, in real Chromium against a real server:
// a case of its own, an interview planned, started, opened (CH-3) and ended
// "to be continued" through the API; its CH-11.3 and CH-3.10 tasks on the Tasks
// page, one marked done. Then, in a second interview's room, the End dialog
// lists what is still missing. Independent of the other tests' data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, apiFromPage, assertAccessible, login, openBrowser, screenshot } from './helpers.mjs';

const OPENING = ['CH-3.1', 'CH-3.2', 'CH-3.3', 'CH-3.4', 'CH-3.5', 'CH-3.6', 'CH-3.7', 'CH-3.8', 'CH-3.9', 'CH-3.10'];
const FAMILY = `Tasktest${Date.now().toString(36)}`;

describe('tasks and completeness', () => {
  let browser;
  let page;
  let caseId;
  let interviewId;

  async function api(method, path, body, expected) {
    const { status, body: answer } = await apiFromPage(page, method, path, body);
    assert.equal(status, expected, `${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  async function planInterview() {
    const { id } = await api(
      'POST',
      `/api/v1/cases/${caseId}/interviews`,
      { interpreter_code: 'INT-42', language: 'fa', location: 'Room 7', planned_start: new Date().toISOString() },
      201,
    );
    return id;
  }

  async function entry(id, body) {
    await api('POST', `/api/v1/interviews/${id}/entries`, { client_id: crypto.randomUUID(), ...body }, 201);
  }

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await login(page, DEMO.officer);
    const created = await api(
      'POST',
      '/api/v1/cases',
      { applicant: { family_name: FAMILY, given_names: 'Nadia', date_of_birth: '1992', nationality: 'AF', languages: ['fa'] } },
      201,
    );
    caseId = created.id;
  });

  after(async () => {
    assert.deepEqual(browser?.problems ?? [], [], 'no script errors or CSP violations');
    await browser?.close();
  });

  it('lists the tasks of an interview to be continued, and marks one done', async () => {
    interviewId = await planInterview();
    await entry(interviewId, { kind: 'start' });
    for (const item of OPENING) await entry(interviewId, { kind: 'checklist', item, status: 'done' });
    await entry(interviewId, { kind: 'end', outcome: 'to_be_continued' });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const mine = (rule) => page.locator(`#task-table tr[data-rule="${rule}"]`).filter({ has: page.locator(`a[href="/interviews/${interviewId}"]`) });
    await mine('CH-11.3').getByText('Fix a new interview date and inform the applicant').waitFor();
    await mine('CH-3.10').getByText('Last day for the applicant to request a copy of the notes').waitFor();
    assert.equal(await mine('CH-11.3').getByRole('link', { name: 'Case' }).getAttribute('href'), `/cases/${caseId}`);
    await assertAccessible(page, 'the Tasks page');
    await screenshot(page, 'tasks');

    await mine('CH-11.3').getByRole('button', { name: /^Done/ }).click();
    await page.getByText('Done: Fix a new interview date and inform the applicant').waitFor();
    await mine('CH-11.3').waitFor({ state: 'detached' });
    assert.equal(await mine('CH-3.10').count(), 1, 'the other task stays');
    const { tasks } = await api('GET', '/api/v1/tasks', undefined, 200);
    assert.equal(tasks.filter((t) => t.interview_id === interviewId && t.rule === 'CH-11.3').length, 0);

    // The room link leads to the interview.
    await mine('CH-3.10').getByRole('link', { name: 'Interview room' }).click();
    await page.waitForURL(`**/interviews/${interviewId}`);
    await page.getByRole('heading', { level: 1, name: /^Interview / }).waitFor();
  });

  it('shows what is missing when the officer opens the End dialog', async () => {
    const id = await planInterview();
    await entry(id, { kind: 'start' });
    for (const item of OPENING) await entry(id, { kind: 'checklist', item, status: 'done' });
    await page.goto(`/interviews/${id}`);
    await page.getByRole('heading', { level: 1, name: /^Interview / }).waitFor();

    // The preparation (PUT …/plan): one crucial question, written in the room.
    await page.getByRole('button', { name: 'Preparation (CH-2)' }).click();
    await page.getByRole('button', { name: 'Add a crucial question' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('Who threatened your family?');
    await page.getByLabel('Theme of question 1').selectOption('persecution');
    await page.getByLabel('Traumatised').check();
    await page.getByRole('button', { name: 'Save the preparation' }).click();
    await page.getByText('The preparation was saved.').waitFor();
    const plan = await api('GET', `/api/v1/interviews/${id}/plan`, undefined, 200);
    assert.deepEqual(plan.crucial_questions, [{ id: 'q1', text: 'Who threatened your family?', theme: 'persecution' }]);
    assert.deepEqual(plan.flags, ['traumatised']);
    await page.getByRole('button', { name: 'Preparation (CH-2)' }).click();

    // Tag a question with a theme and the crucial question by key.
    const editor = page.locator('#entry-text');
    await editor.click();
    await page.keyboard.press('Alt+2');
    assert.equal(await page.locator('#entry-theme').inputValue(), 'persecution');
    await page.locator('#entry-crucial option[value="q1"]').waitFor({ state: 'attached' });
    await page.keyboard.press('Alt+K');
    assert.equal(await page.locator('#entry-crucial').inputValue(), 'q1');
    await editor.fill('Who threatened your family?');
    await editor.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('saved-status')?.textContent?.startsWith('Saved #12'));
    // The tags stay for the answer (Ctrl+Space switches to it).
    await editor.press('Control+Space');
    await editor.fill('The militia in our village.');
    await editor.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('saved-status')?.textContent?.startsWith('Saved #13'));
    await page.locator('#entry-13').getByText('Theme: Persecution').waitFor();
    const { entries } = await api('GET', `/api/v1/interviews/${id}/entries`, undefined, 200);
    for (const kind of ['question', 'answer']) {
      const tagged = entries.find((e) => e.kind === kind);
      assert.equal(tagged.theme, 'persecution', kind);
      assert.equal(tagged.crucial, 'q1', kind);
    }

    await page.locator('#disclosure-end summary').click();
    const report = page.locator('#end-completeness');
    await report.getByText('Closing items still open').waitFor();
    const text = await report.innerText();
    for (const item of ['CH-6', 'CH-12.1', 'CH-12.2', 'CH-12.3']) assert.match(text, new RegExp(item.replace('.', '\\.')));
    assert.match(text, /Themes not covered/);
    assert.match(text, /Fear on return/);
    assert.doesNotMatch(text, /Crucial questions not answered/, 'the crucial question, tagged on its question and answer, counts as answered');
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, 'room-end-completeness');

    // The Tools panel in the room.
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.locator('#room-tools #date-convert-date').fill('1398-01-01');
    await page.locator('#room-tools #date-convert-from').selectOption('persian');
    await page.locator('#room-tools #date-convert-to').selectOption('gregorian');
    await page.locator('#room-tools').getByRole('button', { name: 'Convert' }).first().click();
    await page.locator('#room-tools #date-convert-result').getByText(/2019-03-21/).waitFor();
    await assertAccessible(page, 'the room with the End dialog and the Tools panel open');
    await screenshot(page, 'room-completeness-tools');
  });
});
