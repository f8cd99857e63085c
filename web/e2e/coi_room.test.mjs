// The interview room's country-information panel (issue 6, AS-5) in real Chromium against
// `serve --demo`, which loads the COI library of data/coi: an answer set beside the sources,
// the reader link, a passage attached as a cited source through the room's entry queue, the
// search box, Alt+S, and axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO, apiFromPage, assertAccessible, login, openBrowser, screenshot, waitForFocus } from './helpers.mjs';

const OPENING = ['CH-3.1', 'CH-3.2', 'CH-3.3', 'CH-3.4', 'CH-3.5', 'CH-3.6', 'CH-3.7', 'CH-3.8', 'CH-3.9', 'CH-3.10'];
const ANSWER = 'In 2024 the Taliban detained my brother in Kabul because of a post on Facebook.';

describe('COI panel in the interview room', () => {
  let browser;
  let page;
  let interviewId;
  let answerSeq;

  async function api(method, path, body) {
    const { status, body: answer } = await apiFromPage(page, method, path, body);
    assert.ok(status < 300, `${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('opens the room of a running interview with an answer to compare', async () => {
    await login(page, DEMO.officer);
    const library = await api('GET', '/api/v1/coi/search?q=Taliban&limit=1');
    assert.ok(library.total > 0, 'serve --demo loads the COI library of data/coi');
    const cases = await api('GET', '/api/v1/cases');
    const list = cases.cases ?? cases.results ?? cases;
    const caseId = list[0].id;
    const created = await api('POST', `/api/v1/cases/${caseId}/interviews`, {
      interpreter_code: 'INT-0427',
      language: 'prs',
      location: `COI room ${Date.now() % 100000}`,
      planned_start: '2026-11-23T09:30:00Z',
    });
    interviewId = created.id;
    const entries = `/api/v1/interviews/${interviewId}/entries`;
    await api('POST', entries, { kind: 'start' });
    for (const item of OPENING) await api('POST', entries, { kind: 'checklist', item, status: 'done' });
    await api('POST', entries, { kind: 'question', text: 'What happened to your brother?' });
    answerSeq = (await api('POST', entries, { kind: 'answer', text: ANSWER })).seq;

    await page.goto(`/interviews/${interviewId}`);
    await page.locator(`#entry-${answerSeq}`).waitFor();
  });

  it('Alt+S opens the panel at its search box, and the answer is set beside the sources', async () => {
    const toggle = page.getByRole('button', { name: 'Country information' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await page.locator('body').click();
    await page.keyboard.press('Alt+KeyS');
    await page.locator('#room-coi-q').waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await waitForFocus(page, 'room-coi-q');

    assert.equal(await page.getByLabel('Statement to compare').inputValue(), String(answerSeq));
    await page.getByRole('button', { name: 'Find sources' }).click();
    const caption = page.locator('#room-coi .coi-caption').first();
    await caption.waitFor();
    assert.equal(await caption.textContent(), 'sources on Kabul, Taliban, 2024');
    const passages = page.locator('#room-coi .room-coi-compare .coi-passage');
    assert.ok((await passages.count()) > 0, 'passages stand beside the statement');
    assert.match(await passages.first().textContent(), /Afghanistan/);
    const marks = await passages.first().locator('mark').count();
    assert.ok(marks > 0, 'the snippet highlights what matched');
    // Dictation now knows the statement's place and actor as well as the case's names (issue 7).
    await page.waitForFunction(() => /Kabul/.test(document.getElementById('dictation-words')?.textContent ?? ''));
    assert.match(await page.locator('#dictation-words').textContent(), /^Dictation knows this case’s words: .*Kabul.*Taliban/);
    // Sources only, no verdict: Verbatim's own words in the panel (the reports' words, in titles
    // and snippets, may say anything).
    const ours = await page.evaluate(() => {
      const panel = document.getElementById('room-coi').cloneNode(true);
      panel.querySelectorAll('.coi-snippet, .coi-passage-title, .coi-heading, .coi-statement-text, option').forEach((n) => n.remove());
      return panel.textContent;
    });
    assert.doesNotMatch(ours, /credib|contradict|consistent|plausib/i);
    await assertAccessible(page, 'the room with the COI panel open');
    await screenshot(page, 'coi-room-panel');
  });

  it('opens a passage in the reader, at the passage', async () => {
    const link = page.locator('#room-coi .room-coi-compare .coi-passage').first().getByRole('link', { name: /Open in the reader: “/ });
    const href = await link.getAttribute('href');
    assert.match(href, /^\/coi\/documents\/coi-[0-9a-f]+#coi-[0-9a-f]+-p\d+$/);
    const reader = await browser.context.newPage();
    await reader.goto(href);
    const passageId = decodeURIComponent(href.split('#')[1]);
    await reader.locator(`[id="${passageId}"]`).waitFor();
    await reader.close();
  });

  it('attaches a passage as a cited source through the entry queue, with a note', async () => {
    const first = page.locator('#room-coi .room-coi-compare .coi-passage').first();
    const passageId = await first.getAttribute('data-passage-id');
    await page.getByLabel('Note with the citation (optional)').fill('Read with the account of the detention.');
    await first.getByRole('button', { name: /Attach as cited source: this passage/ }).click();
    await page.waitForFunction(
      (expected) => document.getElementById('saved-status')?.textContent?.startsWith(`Saved #${expected}`),
      answerSeq + 1,
    );
    const entries = (await api('GET', `/api/v1/interviews/${interviewId}/entries`)).entries;
    const cited = entries[entries.length - 1];
    assert.equal(cited.kind, 'coi_reference');
    assert.equal(cited.passage_id, passageId);
    assert.equal(cited.ref, answerSeq);
    assert.equal(cited.text, 'Read with the account of the detention.');
    assert.match(cited.document_title, /Afghanistan/);
    const shown = page.locator(`#entry-${cited.seq}`);
    await shown.waitFor();
    assert.match(await shown.textContent(), /Cited source: .*Afghanistan/);
    assert.match(await shown.textContent(), new RegExp(`Set beside entry #${answerSeq}`));
  });

  it('searches the library from the panel', async () => {
    await page.getByLabel('Search the library').fill('al-Shabaab Mogadishu');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const count = page.locator('#room-coi .room-coi-search p.muted').first();
    await count.waitFor();
    assert.match(await count.textContent(), /^\d+ of \d+ passages$/);
    assert.match(await page.locator('#room-coi .room-coi-search .coi-passage').first().textContent(), /Somalia/);
    assert.deepEqual(browser.problems, []);
  });
});
