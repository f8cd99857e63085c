// Questionnaires a team loads itself (issue 5) in real Chromium against a real server, the CSP in
// force: an administrator opens Screening → Questionnaires, uploads a small XLSForm workbook made
// here (e2e/xlsx.mjs, the approach of the C++ tests) and sees it listed with its languages; a
// broken workbook shows the server's message naming the sheet, row and column. The form id is
// unique per run, so the test can run again on the same server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO, assertAccessible, login, openBrowser, screenshot } from './helpers.mjs';
import { xlsxForm } from './xlsx.mjs';

const ID = `team-intake-${Date.now().toString(36)}`;

/** An example form (not a real agency's): a `*` choice (UN-10), English reviewed, French not. */
function teamForm(relevant) {
  return xlsxForm({
    survey: [
      ['type', 'name', 'label::English (en)', 'label::French (fr)', 'relevant'],
      ['select_one yn', 'fled', 'Did you flee because of the war?', 'Avez-vous fui la guerre ?', ''],
      ['text', 'statement', 'In your own words', 'Avec vos propres mots', relevant],
    ],
    choices: [
      ['list_name', 'name', 'label::English (en)', 'label::French (fr)', 'marker'],
      ['yn', 'yes', 'Yes', 'Oui', '*'],
      ['yn', 'no', 'No', 'Non', ''],
    ],
    settings: [
      ['form_id', 'form_title', 'language_reviewed::en', 'language_reviewed::fr'],
      [ID, 'Team intake (example)', 'yes', 'no'],
    ],
  });
}

describe('questionnaires', () => {
  let browser;
  let page;
  let dir;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-forms-'));
    writeFileSync(join(dir, 'team-intake.xlsx'), teamForm("${fled} = 'yes'"));
    writeFileSync(join(dir, 'broken-intake.xlsx'), teamForm('${fled} = '));
    browser = await openBrowser();
    page = browser.page;
    await login(page, DEMO.admin);
  });

  after(async () => {
    assert.deepEqual(browser?.problems ?? [], [], 'no script errors or CSP violations');
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the questionnaires from the screening list', async () => {
    await page.goto('/screening');
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    const shipped = page.locator('tr[data-form="unhcr-annex1"]');
    await shipped.waitFor();
    assert.match(await shipped.innerText(), /Shipped/);
    await assertAccessible(page, 'questionnaires page');
  });

  it('shows the sheet, row and column of a broken workbook and stores nothing', async () => {
    await page.getByLabel('Form file (.xlsx or .json)').setInputFiles(join(dir, 'broken-intake.xlsx'));
    await page.getByRole('button', { name: 'Load the questionnaire' }).click();
    const outcome = page.locator('#form-upload-outcome');
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /Form sheet "survey", row 3, column "relevant"/);
    assert.equal(await page.locator(`tr[data-form="${ID}"]`).count(), 0);
    await screenshot(page, 'forms-broken');
  });

  it('uploads a workbook under its own form_id and lists it with its languages', async () => {
    await page.getByLabel('Form file (.xlsx or .json)').setInputFiles(join(dir, 'team-intake.xlsx'));
    await page.getByRole('button', { name: 'Load the questionnaire' }).click();
    await page.getByText(`Questionnaire ${ID} stored: 2 questions, 1 marked choices.`).waitFor();
    const row = page.locator(`tr[data-form="${ID}"]`);
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /Loaded by admin/);
    assert.match(text, /team-intake\.xlsx/);
    assert.match(text, /English \(en\): reviewed/);
    assert.match(text, /French \(fr\): not reviewed/);
    await assertAccessible(page, 'questionnaires page with a stored form');
    await screenshot(page, 'forms-stored');
  });
});
