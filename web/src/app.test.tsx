import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from './app';
import { Session } from './session';
import { SAMPLE_CASE, installFakeFetch, json, noContent, problem } from './test/fake_fetch';

async function startLoggedIn(role = 'officer') {
  const user = { username: role, role };
  const fake = installFakeFetch({
    'GET /api/v1/me': () => json(200, { ...user, csrf_token: 'csrf-1' }),
    'GET /api/v1/cases': () => json(200, { cases: [SAMPLE_CASE] }),
    'DELETE /api/v1/session': () => noContent(),
  });
  const session = new Session();
  render(<App session={session} />);
  await session.restore();
  return { fake, session };
}

describe('App', () => {
  it('shows the shell with user, role and the areas after a session is restored', async () => {
    await startLoggedIn();
    expect(await screen.findByText('Logged in as officer (Protection officer)')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const areas = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent);
    expect(areas).toEqual(['Cases', 'Interviews', 'Screening', 'COI', 'Tools', 'Tasks']);
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Cases');
    expect(await screen.findByText('VB-2025-000007')).toBeTruthy();
  });

  it('offers Admin to administrators only, and no cases', async () => {
    await startLoggedIn('admin');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Admin');
    expect(screen.getByText('You have no access to cases.')).toBeTruthy();
  });

  it('opens the screenings, read-only for an officer (issue 5)', async () => {
    await startLoggedIn();
    fireEvent.click(await screen.findByRole('link', { name: 'Screening' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Screening' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New screening' })).toBeNull();
    expect(document.title).toBe('Screening – Verbatim');
    expect(window.location.pathname).toBe('/screening');
  });

  it('shows a border officer the border areas and no cases', async () => {
    await startLoggedIn('border_officer');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const areas = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent);
    expect(areas).toEqual(['Screening', 'Referrals', 'Mass influx', 'Reference guides', 'COI', 'Tools', 'Tasks']);
  });

  it('sends the Interviews area to the cases, where interviews are planned and opened', async () => {
    await startLoggedIn();
    fireEvent.click(await screen.findByRole('link', { name: 'Interviews' }));
    expect(await screen.findByText(/Interviews are planned and opened from their case/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the cases' }).getAttribute('href')).toBe('/cases');
    expect(document.title).toBe('Interviews – Verbatim');
    expect(window.location.pathname).toBe('/interviews');
  });

  it('returns to the login page with the expiry message when an API call answers 401', async () => {
    const { fake } = await startLoggedIn();
    const search = await screen.findByLabelText('Search cases');
    fake.routes['GET /api/v1/cases'] = () => problem(401, 'Not logged in.');
    fireEvent.input(search, { target: { value: 'Ahmad' } });
    expect(await screen.findByText('Your session has expired. Please log in again.', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeTruthy();
  });

  it('logs out with the CSRF token and shows the login page', async () => {
    const { fake } = await startLoggedIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByText('You have logged out.')).toBeTruthy();
    const logout = fake.requests.find((r) => r.method === 'DELETE');
    expect(logout?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('moves "/" to the case search and Alt+N to the New case form', async () => {
    await startLoggedIn();
    fireEvent.click(await screen.findByRole('link', { name: 'Screening' }));
    await screen.findByRole('heading', { level: 1, name: 'Screening' });
    fireEvent.keyDown(document.body, { key: '/' });
    const search = await screen.findByLabelText('Search cases');
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.keyDown(search, { key: 'N', code: 'KeyN', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'New case' })).toBeTruthy();
    expect(window.location.pathname).toBe('/cases/new');
  });

  it('lets "/" be typed inside a field', async () => {
    await startLoggedIn();
    fireEvent.click(await screen.findByRole('link', { name: 'New case' }));
    const field = await screen.findByLabelText(/Family name/);
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    field.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(window.location.pathname).toBe('/cases/new');
  });

  it('tells a lawyer that they have no access to cases, without asking the server', async () => {
    const { fake } = await startLoggedIn('lawyer');
    expect(await screen.findByText('You have no access to cases.')).toBeTruthy();
    expect(screen.queryByLabelText('Search cases')).toBeNull();
    expect(fake.requests.some((r) => r.path === '/api/v1/cases')).toBe(false);
  });
});
