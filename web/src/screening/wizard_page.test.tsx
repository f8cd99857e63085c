import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json } from '../test/fake_fetch';
import { TEST_FORM, TEST_SCREENING, testCheck } from './test_form';
import { WizardPage } from './wizard_page';

function serve() {
  return installFakeFetch({
    'GET /api/v1/screening/forms': () => json(200, { forms: [{ id: TEST_FORM.id, title: TEST_FORM.title, languages: TEST_FORM.languages }] }),
    'GET /api/v1/screening/forms/unhcr-annex1': () => json(200, TEST_FORM),
    'GET /api/v1/guides': () => json(200, { guides: [{ country: 'KZ', example: true, maintained_by: 'x', last_updated: '2026-01-01' }] }),
    'POST /api/v1/screening/forms/unhcr-annex1/check': (r) => json(200, testCheck((r.body as { answers: Record<string, unknown> }).answers)),
    'POST /api/v1/screenings': () => json(201, TEST_SCREENING),
  });
}

async function heading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 2, name });
}

describe('WizardPage', () => {
  it('offers a team’s stored questionnaires beside the shipped form (issue 5)', async () => {
    const team = { ...TEST_FORM, id: 'team-intake', title: 'Team intake', questions: TEST_FORM.questions.slice(0, 1) };
    const fake = installFakeFetch({
      'GET /api/v1/screening/forms': () =>
        json(200, { forms: [TEST_FORM, team].map(({ id, title, languages }) => ({ id, title, languages })) }),
      'GET /api/v1/screening/forms/unhcr-annex1': () => json(200, TEST_FORM),
      'GET /api/v1/screening/forms/team-intake': () => json(200, team),
      'GET /api/v1/guides': () => json(200, { guides: [] }),
    });
    render(<WizardPage role="border_officer" />);
    const select = (await screen.findByLabelText('Questionnaire')) as HTMLSelectElement;
    expect(select.value).toBe('unhcr-annex1');
    fireEvent.change(select, { target: { value: 'team-intake' } });
    await waitFor(() => expect((screen.getByLabelText('Questionnaire') as HTMLSelectElement).value).toBe('team-intake'));
    expect(fake.requests.some((r) => r.path === '/api/v1/screening/forms/team-intake')).toBe(true);
  });

  it('is only for those who record screenings', () => {
    render(<WizardPage role="officer" />);
    expect(screen.getByText('Only border officers, supervisors and administrators record screenings.')).toBeTruthy();
  });

  it('asks the person first and checks the name and the country in the browser', async () => {
    const fake = serve();
    render(<WizardPage role="border_officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter the name the person gives (or “unknown”).')).toBeTruthy();
    expect(screen.getByLabelText(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('goes through the questions by keyboard, in two languages, with skip logic, and saves', async () => {
    const fake = serve();
    render(<WizardPage role="border_officer" />);
    fireEvent.input(await screen.findByLabelText(/^Name/), { target: { value: 'Farid Karimi' } });
    fireEvent.input(screen.getByLabelText('Approximate age'), { target: { value: '34' } });
    fireEvent.input(screen.getByLabelText(/^Nationality/), { target: { value: 'af' } });
    fireEvent.change(screen.getByLabelText(/^Country/), { target: { value: 'KZ' } });
    fireEvent.change(screen.getByLabelText(/^Interpreter’s language/), { target: { value: 'fa' } });
    expect(screen.getAllByRole('option', { name: 'Dari (fa), translation not yet reviewed' })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // Specific needs first, the medical emergency as choice 1 (UN-5); Dari right to left beside English.
    await heading('Specific needs observed');
    const dari = screen.getAllByText('نیازهای خاص')[0];
    expect(dari.getAttribute('dir')).toBe('rtl');
    expect(dari.getAttribute('lang')).toBe('fa');
    expect(screen.getByText('Question 1 of 5')).toBeTruthy();
    const first = screen.getAllByRole('checkbox')[0] as HTMLInputElement;
    expect(first.value).toBe('medical_emergency');
    fireEvent.keyDown(document.body, { key: '1', code: 'Digit1' });
    await waitFor(() => expect(first.checked).toBe(true));
    expect(screen.getByRole('alert').textContent).toMatch(/Medical emergency: give first aid/);

    fireEvent.keyDown(document.body, { key: 'Enter' });
    await heading('1. When did you leave?');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', altKey: true });

    // The route: add an instance; its missing country is the server's issue and blocks.
    await heading('3. Places passed through');
    fireEvent.click(screen.getByRole('button', { name: 'Add an entry' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('"route[1]/country" is required.', { selector: 'li' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/^Country/), { target: { value: 'Iran' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await heading('5. Why did you leave?');
    fireEvent.keyDown(document.body, { key: '3', code: 'Digit3' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    // "other" makes reasons_other relevant: the server's check says so.
    await heading('Other reason');
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Threats' } });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    await heading('5. Why did you leave?');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await heading('Other reason');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await heading('In your own words');
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'They will kill me.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Review and save');
    fireEvent.click(screen.getByRole('button', { name: 'Save the screening' }));
    await waitFor(() => expect(window.location.pathname).toBe('/screening/scr1'));
    const saved = fake.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/screenings')!;
    expect(saved.body).toEqual({
      form: 'unhcr-annex1',
      country: 'KZ',
      location: '',
      person: { name: 'Farid Karimi', sex: '', approximate_age: 34, nationality: 'AF', language: '' },
      answers: {
        specific_needs: ['medical_emergency'],
        route: [{ country: 'Iran' }],
        reasons: ['other'],
        reasons_other: 'Threats',
        statement: 'They will kill me.',
      },
    });
    expect(fake.requests.filter((r) => r.path.endsWith('/check')).length).toBeGreaterThanOrEqual(6);
  });
});
