import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE, installFakeFetch, json, problem } from '../test/fake_fetch';
import { CaseDetailPage } from './case_detail_page';
import { CaseFormPage } from './case_form_page';
import { CaseListPage } from './case_list_page';

function type(label: RegExp | string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CaseListPage', () => {
  it('shows the cases in a table, original-script names with dir="auto"', async () => {
    installFakeFetch({ 'GET /api/v1/cases': () => json(200, { cases: [SAMPLE_CASE] }) });
    render(<CaseListPage />);
    const cell = await screen.findByText('محمد أحمد');
    expect(cell.getAttribute('dir')).toBe('auto');
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'Case number',
      'Family name',
      'Given names',
      'Names in original script',
      'Nationality',
      'Date of birth',
    ]);
    expect(screen.getByRole('link', { name: 'VB-2025-000007' }).getAttribute('href')).toBe('/cases/7');
    expect(screen.getByRole('status').textContent).toBe('1 case');
  });

  it('searches once the user stops typing, sending ?q=', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/cases': (req) => json(200, { cases: req.search.get('q') === 'nobody' ? [] : [SAMPLE_CASE] }),
    });
    render(<CaseListPage />);
    await screen.findByText('Ahmad');
    type('Search cases', 'no');
    type('Search cases', 'nobo');
    type('Search cases', 'nobody');
    expect(await screen.findByText('No case matches “nobody”.', {}, { timeout: 2000 })).toBeTruthy();
    const queries = fake.requests.map((r) => r.search.get('q'));
    expect(queries).toEqual([null, 'nobody']);
  });

  it('says the role has no access when the server answers 403', async () => {
    installFakeFetch({ 'GET /api/v1/cases': () => problem(403, 'Forbidden.') });
    render(<CaseListPage />);
    expect(await screen.findByText('You have no access to cases.')).toBeTruthy();
  });
});

describe('CaseFormPage', () => {
  it('lists client-side errors in a summary and beside the fields, without calling the server', async () => {
    const fake = installFakeFetch({});
    render(<CaseFormPage />);
    type(/Nationality/, 'SYR');
    fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Family name: Enter the family name, the given names, or both.');
    expect(summary.textContent).toContain('Date of birth: Enter the date of birth.');
    expect(summary.textContent).toContain('Nationality: Enter the nationality as a two-letter country code');
    const familyName = screen.getByLabelText(/Family name/);
    expect(familyName.getAttribute('aria-invalid')).toBe('true');
    const describedBy = familyName.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0])?.textContent).toBe(
      'Enter the family name, the given names, or both.',
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('shows the server\'s problem and field errors next to the form', async () => {
    installFakeFetch({
      'POST /api/v1/cases': () =>
        problem(400, 'Some fields are not valid.', {
          errors: [{ field: 'applicant.nationality', message: 'XX is not a country.' }],
        }),
    });
    render(<CaseFormPage />);
    type(/Family name/, 'Ahmad');
    type(/Date of birth/, '1990');
    type(/Nationality/, 'XX');
    fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Some fields are not valid.');
    expect(summary.textContent).toContain('Nationality: XX is not a country.');
    await waitFor(() => expect(screen.getByLabelText(/Nationality/).getAttribute('aria-invalid')).toBe('true'));
  });

  it('creates the case with the applicant as the API expects and opens it', async () => {
    const fake = installFakeFetch({
      'POST /api/v1/cases': () => json(201, { id: 7, case_number: 'VB-2025-000007' }),
    });
    render(<CaseFormPage />);
    type(/Family name/, 'Ahmad');
    type(/Given names/, 'Mohammed');
    type(/Names in original script/, 'محمد أحمد');
    type(/Date of birth/, '1990-05-04');
    type(/Nationality/, 'sy');
    type(/Languages/, 'ar');
    expect(screen.getByLabelText(/Names in original script/).getAttribute('dir')).toBe('auto');
    fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(window.location.pathname).toBe('/cases/7'));
    expect(fake.requests[0].body).toEqual({ applicant: { ...SAMPLE_CASE.applicant } });
  });
});

describe('CaseDetailPage', () => {
  it('shows the applicant and the linked cases', async () => {
    installFakeFetch({
      'GET /api/v1/cases/7': () =>
        json(200, { ...SAMPLE_CASE, links: [{ case_id: 8, case_number: 'VB-2025-000008', relation: 'spouse' }] }),
      'GET /api/v1/cases/7/interviews': () => json(200, { interviews: [] }),
    });
    render(<CaseDetailPage id="7" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Case VB-2025-000007' })).toBeTruthy();
    expect(screen.getByText('محمد أحمد').getAttribute('dir')).toBe('auto');
    expect(screen.getByText(/\(SY\)$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'VB-2025-000008' }).getAttribute('href')).toBe('/cases/8');
    await waitFor(() => expect(document.title).toBe('Case VB-2025-000007 – Verbatim'));
    expect(await screen.findByText('No interview is planned for this case.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Plan interview' })).toBeTruthy();
  });

  it('says so when the case does not exist', async () => {
    installFakeFetch({ 'GET /api/v1/cases/999': () => problem(404, 'No such case.') });
    render(<CaseDetailPage id="999" />);
    expect(await screen.findByText('This case does not exist.')).toBeTruthy();
  });
});
