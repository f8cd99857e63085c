import { afterEach, describe, expect, it } from 'vitest';
import { request, setCsrfToken } from './api';
import { Session } from './session';
import { OFFICER, installFakeFetch, json, noContent, problem } from './test/fake_fetch';

afterEach(() => setCsrfToken(null));

const loginOk = () => json(200, { csrf_token: 'csrf-abc', user: OFFICER });

describe('Session', () => {
  it('logs in, then sends the CSRF token it was given', async () => {
    const fake = installFakeFetch({ 'POST /api/v1/session': loginOk, 'POST /api/v1/cases': () => json(201, { id: 1 }) });
    const session = new Session();
    await session.login('officer', 'officer-demo-pass');
    expect(session.state).toEqual({ status: 'authenticated', user: OFFICER });
    expect(fake.requests[0].body).toEqual({ username: 'officer', password: 'officer-demo-pass' });
    await request('/cases', { method: 'POST', body: {} });
    expect(fake.requests[1].headers['x-csrf-token']).toBe('csrf-abc');
  });

  it('reports a wrong password without claiming the session expired', async () => {
    installFakeFetch({
      'GET /api/v1/me': () => problem(401, 'Not logged in.'),
      'POST /api/v1/session': () => problem(401, 'Wrong username or password.'),
    });
    const session = new Session();
    await session.restore();
    await expect(session.login('officer', 'nope')).rejects.toMatchObject({
      status: 401,
      message: 'Wrong username or password.',
    });
    expect(session.state).toEqual({ status: 'anonymous', error: undefined });
  });

  it('returns to login with "expired" when any later call answers 401', async () => {
    installFakeFetch({ 'POST /api/v1/session': loginOk, 'GET /api/v1/cases': () => problem(401, 'Session expired.') });
    const session = new Session();
    const seen: string[] = [];
    session.subscribe((state) => seen.push(state.status));
    await session.login('officer', 'officer-demo-pass');
    await request('/cases').catch(() => undefined);
    expect(session.state).toEqual({ status: 'anonymous', notice: 'expired' });
    expect(seen).toEqual(['authenticated', 'anonymous']);
  });

  it('restores a session from /me after a reload, with its CSRF token', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/me': () => json(200, { ...OFFICER, csrf_token: 'csrf-me' }),
      'DELETE /api/v1/session': () => noContent(),
    });
    const session = new Session();
    await session.restore();
    expect(session.state).toEqual({ status: 'authenticated', user: OFFICER });
    await session.logout();
    expect(fake.requests[1].method).toBe('DELETE');
    expect(fake.requests[1].headers['x-csrf-token']).toBe('csrf-me');
    expect(session.state).toEqual({ status: 'anonymous', notice: 'loggedOut' });
  });

  it('shows the login page without a notice when there is no session at start-up', async () => {
    installFakeFetch({ 'GET /api/v1/me': () => problem(401, 'Not logged in.') });
    const session = new Session();
    await session.restore();
    expect(session.state).toEqual({ status: 'anonymous', error: undefined });
  });

  it('explains when the server cannot be reached at start-up', async () => {
    installFakeFetch({ 'GET /api/v1/me': () => problem(503, 'Database unavailable.') });
    const session = new Session();
    await session.restore();
    expect(session.state).toEqual({ status: 'anonymous', error: 'Database unavailable.' });
  });

  it('logs out locally even when the server has already dropped the session', async () => {
    installFakeFetch({ 'POST /api/v1/session': loginOk, 'DELETE /api/v1/session': () => problem(401, 'Gone.') });
    const session = new Session();
    await session.login('officer', 'officer-demo-pass');
    await session.logout();
    expect(session.state).toEqual({ status: 'anonymous', notice: 'loggedOut' });
  });
});
