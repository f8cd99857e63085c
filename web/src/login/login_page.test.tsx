import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { OFFICER, installFakeFetch, json, problem } from '../test/fake_fetch';
import { LoginPage } from './login_page';

function fillAndSubmit(username: string, password: string) {
  fireEvent.input(screen.getByLabelText('Username'), { target: { value: username } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  it('renders a labelled form inside landmarks, with the page title', () => {
    render(<LoginPage session={new Session()} />);
    expect(screen.getByRole('banner').textContent).toContain('Verbatim');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeTruthy();
    expect(screen.getByLabelText('Username').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(document.title).toBe('Log in – Verbatim');
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
  });

  it('shows the session-expired notice it is given', () => {
    render(<LoginPage session={new Session()} notice="expired" />);
    expect(screen.getByRole('status').textContent).toBe('Your session has expired. Please log in again.');
  });

  it('asks for a missing password without calling the server', () => {
    const fake = installFakeFetch({});
    render(<LoginPage session={new Session()} />);
    fillAndSubmit('officer', '');
    expect(screen.getByRole('alert').textContent).toBe('Enter your password.');
    expect(fake.requests).toHaveLength(0);
  });

  it("shows the server's detail when the account is locked, and clears the password", async () => {
    installFakeFetch({
      'POST /api/v1/session': () => problem(423, 'The account is locked after too many failed logins.'),
    });
    render(<LoginPage session={new Session()} />);
    fillAndSubmit('officer', 'wrong');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The account is locked after too many failed logins.'),
    );
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('logs in through the session', async () => {
    installFakeFetch({ 'POST /api/v1/session': () => json(200, { csrf_token: 'c', user: OFFICER }) });
    const session = new Session();
    render(<LoginPage session={session} />);
    fillAndSubmit(' officer ', 'officer-demo-pass');
    await waitFor(() => expect(session.state.status).toBe('authenticated'));
  });
});
