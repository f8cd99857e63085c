import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { allowedActions, type Referral } from './referral_api';
import { ReferralInboxPage } from './referral_inbox_page';
import { ReferralPage } from './referral_page';

const REFERRAL: Referral = {
  id: 'ref1',
  screening_id: 'scr1',
  person: { name: 'Farid Karimi', sex: 'male', approximate_age: 34, nationality: 'AF' },
  category: 'asylum_authority',
  agency: { id: 'kz-asylum', name: 'Migration Service (EXAMPLE)' },
  priority: 'high',
  reason: 'Potential asylum seeker.',
  consent: { given: true },
  status: 'sent',
  events: [{ action: 'send', at: '2026-11-22T09:00:00Z', by: 'border' }],
  acknowledge_due: '2026-11-23T09:00:00Z',
};

describe('referral lifecycle', () => {
  it('offers each side only the steps the status allows', () => {
    expect(allowedActions('sent', true)).toEqual(['acknowledge']);
    expect(allowedActions('sent', false)).toEqual([]);
    expect(allowedActions('acknowledged', true)).toEqual(['accept', 'decline']);
    expect(allowedActions('accepted', false)).toEqual(['close']);
    expect(allowedActions('declined', true)).toEqual(['close']);
    expect(allowedActions('closed', true)).toEqual([]);
  });
});

describe('ReferralInboxPage', () => {
  it('lists the agency’s referrals and filters them by status', async () => {
    const fake = installFakeFetch({ 'GET /api/v1/referrals': () => json(200, { referrals: [REFERRAL] }) });
    render(<ReferralInboxPage role="referral_agency" />);
    await screen.findByRole('heading', { level: 1, name: 'Referral inbox' });
    const row = (await screen.findByRole('link', { name: 'Farid Karimi' })).closest('tr')!;
    expect(row.getAttribute('data-status')).toBe('sent');
    expect(within(row).getByText('Asylum authority')).toBeTruthy();
    expect(within(row).getByText('High')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'accepted' } });
    await waitFor(() => expect(fake.requests.at(-1)?.search.get('status')).toBe('accepted'));
  });

  it('is not for an officer', () => {
    render(<ReferralInboxPage role="officer" />);
    expect(screen.getByText('You have no access to referrals.')).toBeTruthy();
  });
});

describe('ReferralPage', () => {
  it('acknowledges, shows the history and links the slip', async () => {
    let current = REFERRAL;
    const fake = installFakeFetch({
      'GET /api/v1/referrals/ref1': () => json(200, current),
      'POST /api/v1/referrals/ref1/events': (r) => {
        const { action, note } = r.body as { action: string; note: string };
        current = { ...current, status: 'acknowledged', events: [...current.events, { action, at: '2026-11-22T10:00:00Z', by: 'agency', note }] };
        return json(201, current);
      },
    });
    render(<ReferralPage id="ref1" role="referral_agency" />);
    await screen.findByRole('heading', { level: 1, name: 'Referral to Asylum authority: Farid Karimi' });
    expect(screen.getByText('Given by the person')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Referral slip (PDF)' }).getAttribute('href')).toBe('/api/v1/referrals/ref1/slip.pdf');
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Seen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Done: Acknowledge.')).toBeTruthy();
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({ action: 'acknowledge', note: 'Seen.' });
    const events = within(document.getElementById('referral-events')!).getAllByRole('listitem');
    expect(events.map((e) => e.getAttribute('data-action'))).toEqual(['send', 'acknowledge']);
    expect(events[1].textContent).toContain('Acknowledged');
    expect(events[1].textContent).toContain('Seen.');
    expect(await screen.findByRole('button', { name: 'Accept' })).toBeTruthy();
  });

  it('asks for a note to decline and shows a refused step in the server’s words', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/referrals/ref1': () => json(200, { ...REFERRAL, status: 'acknowledged' }),
      'POST /api/v1/referrals/ref1/events': () => problem(409, 'The referral is closed; it cannot be declined.'),
    });
    render(<ReferralPage id="ref1" role="referral_agency" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('Say in the note why the referral is declined.')).toBeTruthy();
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'No capacity.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The referral is closed; it cannot be declined.');
  });
});
