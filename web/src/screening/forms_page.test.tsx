import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { FormsPage } from './forms_page';
import { XLSX_TYPE, type RegisteredForm } from './forms_api';

const SHIPPED: RegisteredForm = {
  id: 'unhcr-annex1',
  title: 'UNHCR Annex 1',
  shipped: true,
  questions: 30,
  marked_choices: 20,
  languages: [
    { code: 'en', name: 'English', reviewed: true, rtl: false },
    { code: 'ru', name: 'Russian', reviewed: false, rtl: false },
  ],
};

const STORED: RegisteredForm = {
  id: 'team-intake',
  title: 'Team intake (example)',
  shipped: false,
  questions: 3,
  marked_choices: 1,
  languages: [{ code: 'fr', name: 'French', reviewed: false, rtl: false }],
  format: 'xlsx',
  file_name: 'team-intake.xlsx',
  uploaded_at: '2026-11-18T11:06:40Z',
  uploaded_by: 'admin',
};

const BROKEN = 'Form sheet "survey", row 3, column "relevant": Expression "${fled} = " at position 10: the expression ends too early.';

function chooseFile(name: string) {
  const input = document.getElementById('form-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['PK…'], name)], configurable: true });
  fireEvent.change(input);
}

describe('FormsPage', () => {
  it('is reached at /screening/forms', () => {
    expect(parseRoute('/screening/forms')).toEqual({ area: 'screening', view: 'forms' });
  });

  it('lists shipped and stored forms with their languages and review state', async () => {
    installFakeFetch({ 'GET /api/v1/screening/forms': () => json(200, { forms: [SHIPPED, STORED] }) });
    render(<FormsPage role="admin" />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Shipped');
    expect(rows[0].textContent).toContain('English (en): reviewed');
    expect(rows[0].textContent).toContain('Russian (ru): not reviewed');
    expect(rows[1].textContent).toContain('Loaded by admin');
    expect(rows[1].textContent).toContain('team-intake.xlsx');
  });

  it('uploads a workbook under the id given and shows the stored form', async () => {
    let listed = [SHIPPED];
    const fake = installFakeFetch({
      'GET /api/v1/me': () => json(200, { username: 'admin', role: 'admin', csrf_token: 'tok' }),
      'GET /api/v1/screening/forms': () => json(200, { forms: listed }),
      'PUT /api/v1/screening/forms/team-intake': () => {
        listed = [SHIPPED, STORED];
        return json(201, STORED);
      },
    });
    render(<FormsPage role="admin" />);
    await screen.findByRole('table');
    chooseFile('team-intake.xlsx');
    fireEvent.input(screen.getByLabelText('Store it under the id (optional)'), { target: { value: 'team-intake' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load the questionnaire' }));
    expect(await screen.findByText('Questionnaire team-intake stored: 3 questions, 1 marked choices.')).toBeTruthy();
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.headers['content-type']).toBe(XLSX_TYPE);
    expect(put?.headers['x-csrf-token']).toBe('tok');
    expect(put?.headers['x-file-name']).toBe('team-intake.xlsx');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
  });

  it('stores under the file’s own form_id when no id is given, and shows the server’s words for a broken form', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/me': () => json(200, { csrf_token: 'tok' }),
      'GET /api/v1/screening/forms': () => json(200, { forms: [SHIPPED] }),
      'POST /api/v1/screening/forms': () => problem(400, BROKEN),
    });
    render(<FormsPage role="admin" />);
    await screen.findByRole('table');
    chooseFile('broken.json');
    fireEvent.click(screen.getByRole('button', { name: 'Load the questionnaire' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`The questionnaire was not stored: ${BROKEN}`);
    expect(fake.requests.find((r) => r.method === 'POST')?.headers['content-type']).toBe('application/json');
  });

  it('refuses other files before sending them', async () => {
    const fake = installFakeFetch({ 'GET /api/v1/screening/forms': () => json(200, { forms: [SHIPPED] }) });
    render(<FormsPage role="admin" />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Load the questionnaire' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the form file first.');
    chooseFile('survey.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Load the questionnaire' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('survey.csv is neither an .xlsx nor a .json file.'));
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('is for administrators only', () => {
    installFakeFetch({});
    render(<FormsPage role="border_officer" />);
    expect(screen.getByText('Only an administrator may manage questionnaires.')).toBeTruthy();
  });
});
