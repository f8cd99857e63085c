import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { CaseInterviews } from './case_interviews';

const INTERVIEW = {
  id: 'iv-1',
  case_id: '7',
  case_number: 'VB-2026-000007',
  officer: 'officer',
  interpreter_code: 'INT-042',
  language: 'ar',
  location: 'Room 3',
  planned_start: '2026-11-23T09:00:00Z',
};

function type(label: RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CaseInterviews', () => {
  it('lists the interviews, each with its room and its notes (PDF, new tab)', async () => {
    installFakeFetch({ 'GET /api/v1/cases/7/interviews': () => json(200, { interviews: [INTERVIEW] }) });
    render(<CaseInterviews caseId="7" languages={['ar']} />);
    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toContain('Room 3');
    expect(row.textContent).toContain('INT-042');
    expect(row.textContent).toContain('Arabic (ar)');
    const room = within(row).getByRole('link', { name: /Open the interview room/ });
    expect(room.getAttribute('href')).toBe('/interviews/iv-1');
    const notes = within(row).getByRole('link', { name: /Notes of the interview/ });
    expect(notes.getAttribute('href')).toBe('/api/v1/interviews/iv-1/report.pdf');
    expect(notes.getAttribute('target')).toBe('_blank');
    expect(notes.getAttribute('rel')).toBe('noopener');
  });

  it('plans an interview: the local start goes as UTC, the officer is left to the server', async () => {
    let listed = [] as (typeof INTERVIEW)[];
    const fake = installFakeFetch({
      'GET /api/v1/cases/7/interviews': () => json(200, { interviews: listed }),
      'POST /api/v1/cases/7/interviews': () => {
        listed = [INTERVIEW];
        return json(201, { id: 'iv-1' });
      },
    });
    render(<CaseInterviews caseId="7" languages={['ar']} />);
    expect(await screen.findByText('No interview is planned for this case.')).toBeTruthy();
    expect((screen.getByLabelText(/Language of the interview/) as HTMLInputElement).value).toBe('ar');
    type(/Planned start/, '2026-11-23T10:00');
    type(/Location/, 'Room 3');
    type(/Interpreter code/, 'INT-042');
    fireEvent.click(screen.getByRole('button', { name: 'Plan interview' }));
    expect(await screen.findByText('The interview was planned.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open its room' }).getAttribute('href')).toBe('/interviews/iv-1');
    const post = fake.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      interpreter_code: 'INT-042',
      language: 'ar',
      location: 'Room 3',
      planned_start: new Date(2026, 10, 23, 10, 0).toISOString(),
    });
    await waitFor(() => expect(screen.getByRole('table')).toBeTruthy());
  });

  it('checks the form before sending, and shows the server’s refusal', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/cases/7/interviews': () => json(200, { interviews: [] }),
      'POST /api/v1/cases/7/interviews': () => problem(400, "'planned_start' is not RFC 3339."),
    });
    render(<CaseInterviews caseId="7" languages={[]} />);
    await screen.findByText('No interview is planned for this case.');
    fireEvent.click(screen.getByRole('button', { name: 'Plan interview' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Planned start: Enter the date and time of the interview.');
    expect(summary.textContent).toContain('Interpreter code: Enter the interpreter’s code (not their name).');
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    type(/Planned start/, '2026-11-23T10:00');
    type(/Location/, 'Room 3');
    type(/Language of the interview/, 'ar');
    type(/Interpreter code/, 'INT-042');
    fireEvent.click(screen.getByRole('button', { name: 'Plan interview' }));
    expect(await screen.findByText("'planned_start' is not RFC 3339.")).toBeTruthy();
  });
});
