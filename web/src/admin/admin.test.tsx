import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { installFakeFetch, json, noContent, problem, type Handler } from '../test/fake_fetch';
import { emptyAgency, type Guide } from '../guides/guide_api';
import { AdminArea } from './admin_area';
import { validateNewUser, type AdminUser } from './admin_api';

const KZ: Guide = {
  country: 'KZ',
  example: true,
  maintained_by: 'Migration Service (EXAMPLE)',
  last_updated: '2026-11-01',
  agencies: [
    { ...emptyAgency('asylum_authority'), id: 'kz-example-asylum', name: 'Asylum Commission (example)' },
    { ...emptyAgency('anti_trafficking'), id: 'kz-example-anti-trafficking', name: 'Anti-trafficking Unit (example)' },
  ],
};

const user = (username: string, role: string, extra: Partial<AdminUser> = {}): AdminUser => ({
  username,
  role,
  locked: false,
  locked_reason: null,
  agency_id: null,
  created_at: '2026-11-18T09:00:00Z',
  ...extra,
});

/** A fake server holding `users`; the write routes change them as the real one does. */
function serve(users: AdminUser[], extra: Record<string, Handler> = {}) {
  const find = (path: string) => users.find((u) => u.username === decodeURIComponent(path.split('/')[4]));
  return installFakeFetch({
    'GET /api/v1/users': () => json(200, { users }),
    'GET /api/v1/guides': () => json(200, { guides: [{ country: 'KZ', example: true, maintained_by: '', last_updated: '' }] }),
    'GET /api/v1/guides/KZ': () => json(200, KZ),
    'POST /api/v1/users/officer/lock': (r) => {
      Object.assign(find(r.path)!, { locked: true, locked_reason: 'admin' });
      return noContent();
    },
    'POST /api/v1/users/border/unlock': (r) => {
      Object.assign(find(r.path)!, { locked: false, locked_reason: null });
      return noContent();
    },
    'PUT /api/v1/users/agency1/agency': (r) => {
      const u = find(r.path)!;
      u.agency_id = (r.body as { agency_id: string }).agency_id;
      return json(200, u);
    },
    ...extra,
  });
}

const ADMIN = { username: 'admin', role: 'admin' };

describe('AdminArea', () => {
  it('keeps the no-access page for those who are not administrators', () => {
    const fake = installFakeFetch({});
    render(<AdminArea user={{ username: 'officer', role: 'officer' }} />);
    expect(screen.getByText('You have no access to administration.')).toBeTruthy();
    expect(fake.requests).toHaveLength(0);
  });

  it('lists users with role, state and agency, and links to the guide editor', async () => {
    serve([
      user('admin', 'admin'),
      user('border', 'border_officer', { locked: true, locked_reason: 'failed_logins' }),
      user('agency1', 'referral_agency', { agency_id: 'kz-example-asylum' }),
    ]);
    render(<AdminArea user={ADMIN} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Administration' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit the reference guides' }).getAttribute('href')).toBe('/guides');
    const table = await screen.findByRole('table', { name: 'Users' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['admin (you)', 'border', 'agency1']);
    expect(within(rows[1]).getByText('Locked after failed logins')).toBeTruthy();
    await waitFor(() => expect(rows[2].querySelector('.field-stack > span')?.textContent).toBe('Asylum Commission (example) — Kazakhstan'));
    expect((within(rows[2]).getByLabelText('Agency of agency1') as HTMLSelectElement).value).toBe('kz-example-asylum');
    expect(within(rows[0]).queryByRole('button', { name: /Lock/ })).toBeNull(); // not yourself
    expect(within(rows[0]).getByText('Not applicable')).toBeTruthy();
  });

  it('filters the table by username, role, state or agency', async () => {
    serve([user('admin', 'admin'), user('officer', 'officer'), user('border', 'border_officer', { locked: true, locked_reason: 'admin' })]);
    render(<AdminArea user={ADMIN} />);
    await screen.findByRole('table', { name: 'Users' });
    fireEvent.input(screen.getByLabelText('Filter users'), { target: { value: 'locked' } });
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['border']);
    fireEvent.input(screen.getByLabelText('Filter users'), { target: { value: 'protection' } });
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['officer']);
    expect(screen.getByText('1 of 3 users')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Filter users'), { target: { value: 'nobody' } });
    expect(screen.getByText('No user matches the filter.')).toBeTruthy();
  });

  it('asks before locking, then locks and offers Unlock with the focus on it', async () => {
    const fake = serve([user('admin', 'admin'), user('officer', 'officer')]);
    render(<AdminArea user={ADMIN} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lock officer' }));
    expect(screen.getByText(/Lock officer\? They are logged out at once/)).toBeTruthy();
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lock officer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, lock officer' }));
    expect(await screen.findByText('officer is locked.')).toBeTruthy();
    const unlock = await screen.findByRole('button', { name: 'Unlock officer' });
    await waitFor(() => expect(document.activeElement).toBe(unlock));
    expect(screen.getByText('Locked by an administrator')).toBeTruthy();
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/v1/users/officer/lock']);
  });

  it('unlocks a user locked after failed logins', async () => {
    serve([user('admin', 'admin'), user('border', 'border_officer', { locked: true, locked_reason: 'failed_logins' })]);
    render(<AdminArea user={ADMIN} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock border' }));
    expect(await screen.findByText('border is unlocked and can log in again.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Lock border' })).toBeTruthy();
  });

  it('assigns an agency of the guides to a referral agency user (UN-6)', async () => {
    const fake = serve([user('admin', 'admin'), user('agency1', 'referral_agency')]);
    render(<AdminArea user={ADMIN} />);
    expect(await screen.findByText('None assigned: sees no referrals')).toBeTruthy();
    const select = (await screen.findByLabelText('Agency of agency1')) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose an agency…'],
      ['kz-example-anti-trafficking', 'Anti-trafficking Unit (example) — Kazakhstan'],
      ['kz-example-asylum', 'Asylum Commission (example) — Kazakhstan'],
    ]);
    fireEvent.change(select, { target: { value: 'kz-example-anti-trafficking' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign the chosen agency to agency1' }));
    expect(await screen.findByText('agency1 now acts for Anti-trafficking Unit (example) — Kazakhstan.')).toBeTruthy();
    expect(fake.requests.find((r) => r.method === 'PUT')?.body).toEqual({ agency_id: 'kz-example-anti-trafficking' });
  });

  it('shows the server’s field errors at the fields of the New user form', async () => {
    const fake = serve([user('admin', 'admin')], {
      'POST /api/v1/users': () =>
        problem(409, "The username 'officer' is taken.", { errors: [{ field: 'username', message: "The username 'officer' is taken." }] }),
    });
    render(<AdminArea user={ADMIN} />);
    fireEvent.input(screen.getByLabelText(/^Username/), { target: { value: 'officer' } });
    fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: 'a long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    await waitFor(() => expect(document.getElementById('new-user-username')?.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('new-user-username-error')?.textContent).toBe("The username 'officer' is taken.");
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({ username: 'officer', role: 'officer', password: 'a long enough password' });
  });

  it('checks the password rule before sending, and creates a user', async () => {
    const users = [user('admin', 'admin')];
    const fake = serve(users, {
      'POST /api/v1/users': (r) => {
        const body = r.body as { username: string; role: string };
        users.push(user(body.username, body.role));
        return json(201, { username: body.username, role: body.role });
      },
    });
    render(<AdminArea user={ADMIN} />);
    expect(screen.getByText(/At least 12 characters/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/^Username/), { target: { value: 'kz.agency' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'referral_agency' } });
    fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    expect(await screen.findByText('Password: The password must have at least 12 characters.')).toBeTruthy();
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: 'long enough, surely' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    expect(await screen.findByText(/The user kz.agency was created. Assign their agency/)).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'kz.agency' })).toBeTruthy();
  });
});

describe('validateNewUser', () => {
  const messages = { username: 'bad name', password: 'short' };
  it('applies the server’s username and password rules', () => {
    expect(validateNewUser({ username: 'a.b_c-1', role: 'officer', password: '123456789012' }, messages)).toEqual({});
    expect(validateNewUser({ username: 'Ana', role: 'officer', password: 'ééééééééééé' }, messages)).toEqual({ username: 'bad name', password: 'short' });
    expect(validateNewUser({ username: '', role: 'officer', password: 'ééééééééééééé' }, messages)).toEqual({ username: 'bad name' });
  });
});
