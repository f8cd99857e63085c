import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { ScreeningPage } from './screening_page';
import { TEST_FORM, TEST_SCREENING } from './test_form';

const REFUSAL =
  'Farid Karimi expressed fear of return and is a potential asylum seeker; non-refoulement (UN-4) forbids a return or a refusal of entry.';

function serve(extra: Parameters<typeof installFakeFetch>[0] = {}) {
  return installFakeFetch({
    'GET /api/v1/screenings/scr1': () => json(200, TEST_SCREENING),
    'GET /api/v1/screening/forms/unhcr-annex1': () => json(200, TEST_FORM),
    'GET /api/v1/referrals': () => json(200, { referrals: [] }),
    ...extra,
  });
}

describe('ScreeningPage', () => {
  it('shows both flags, non-refoulement, the priority, needs and the markers (UN-10)', async () => {
    serve();
    render(<ScreeningPage id="scr1" role="border_officer" />);
    await screen.findByRole('heading', { level: 1, name: 'Screening of Farid Karimi' });
    expect(document.getElementById('flag-asylum')?.textContent).toBe('● Potential asylum seeker: yes');
    for (const id of ['flag-asylum', 'flag-trafficking', 'flag-non-refoulement']) {
      expect(document.getElementById(id)?.getAttribute('data-on')).toBe('true');
    }
    expect(document.getElementById('result-priority')?.textContent).toContain('High');
    expect(document.getElementById('screening-result')?.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(screen.getByText('Elderly')).toBeTruthy());
    const rows = within(document.getElementById('result-indicators')!).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '5. Why did you leave?Persecution* Potential asylum seeker',
      '5. Why did you leave?Deception+ Potential victim of trafficking',
    ]);
  });

  it('lets the officer confirm the expression of fear (UN-4)', async () => {
    const fake = serve({ 'POST /api/v1/screenings/scr1/fear': () => json(200, { ...TEST_SCREENING, fear_confirmed: true }) });
    render(<ScreeningPage id="scr1" role="border_officer" />);
    expect(await screen.findByText('they will kill me')).toBeTruthy();
    expect(screen.getByText('Not yet confirmed or dismissed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm the expression of fear' }));
    expect(await screen.findByText('Confirmed by the officer.')).toBeTruthy();
    expect(fake.requests.find((r) => r.path.endsWith('/fear'))?.body).toEqual({ confirmed: true });
  });

  it('shows the server’s 409 when a return is refused under non-refoulement', async () => {
    const fake = serve({ 'POST /api/v1/screenings/scr1/decisions': () => problem(409, REFUSAL) });
    render(<ScreeningPage id="scr1" role="border_officer" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record: Return' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`Not recorded: ${REFUSAL}`);
    expect(fake.requests.find((r) => r.path.endsWith('/decisions'))?.body).toEqual({ kind: 'return', note: '' });
  });

  it('sends a referral to the guide’s agency, with consent or the reason it was overridden', async () => {
    let sent = false;
    const fake = serve({
      'POST /api/v1/screenings/scr1/referrals': () => {
        sent = true;
        return json(201, { id: 'ref1', status: 'sent' });
      },
      'GET /api/v1/referrals': () =>
        json(200, { referrals: sent ? [{ id: 'ref1', screening_id: 'scr1', category: 'asylum_authority', status: 'sent' }] : [] }),
    });
    render(<ScreeningPage id="scr1" role="border_officer" />);
    const item = (await screen.findByText('Agency: Migration Service (EXAMPLE)')).closest('li')!;
    expect(screen.getByText('The country’s reference guide names no agency for this.')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Send referral' }));
    fireEvent.click(within(item).getByLabelText('Referred without consent'));
    fireEvent.click(within(item).getByRole('button', { name: 'Send to Migration Service (EXAMPLE)' }));
    expect(await within(item).findByText('Say why the referral is made without the person’s consent.')).toBeTruthy();
    fireEvent.input(within(item).getByLabelText('Why the referral is made without consent'), { target: { value: 'The person is unconscious.' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Send to Migration Service (EXAMPLE)' }));
    expect(await within(item).findByText('Referral sent (Sent).')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Open the referral' }).getAttribute('href')).toBe('/referrals/ref1');
    expect(fake.requests.find((r) => r.path.endsWith('/referrals') && r.method === 'POST')?.body).toEqual({
      category: 'asylum_authority',
      agency_id: 'kz-asylum',
      priority: 'high',
      reason: 'Potential asylum seeker (UN-6).',
      consent: { given: false, override_reason: 'The person is unconscious.' },
    });
  });

  it('is read-only for an officer', async () => {
    serve();
    render(<ScreeningPage id="scr1" role="officer" />);
    await screen.findByRole('heading', { level: 1, name: 'Screening of Farid Karimi' });
    expect(screen.queryByRole('button', { name: 'Send referral' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record: Return' })).toBeNull();
  });
});
