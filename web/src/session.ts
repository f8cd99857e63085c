/**
 * Who is logged in, and the transitions between logged in and out.
 *
 * The session cookie itself is HttpOnly and never seen here; this store keeps
 * the user, hands the CSRF token to the API wrapper, and turns any 401 from
 * the API into "session expired". Components subscribe to re-render.
 */
import { ApiError, onUnauthorized, request, setCsrfToken } from './api';

export interface User {
  username: string;
  role: string;
}

/** Why the login page is shown, when there is something to say about it. */
export type LoginNotice = 'expired' | 'loggedOut';

export type SessionState =
  | { status: 'checking' }
  | { status: 'anonymous'; notice?: LoginNotice; error?: string }
  | { status: 'authenticated'; user: User };

interface LoginResponse {
  csrf_token: string;
  user: User;
}

interface MeResponse {
  username: string;
  role: string;
  csrf_token: string;
}

export class Session {
  private current: SessionState = { status: 'checking' };
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor() {
    onUnauthorized(() => this.expire());
  }

  get state(): SessionState {
    return this.current;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Restores a session after a page load from the cookie, if it is still valid. */
  async restore(): Promise<void> {
    try {
      const me = await request<MeResponse>('/me', { allowUnauthorized: true });
      this.signedIn({ username: me.username, role: me.role }, me.csrf_token);
    } catch (error) {
      const unreachable = error instanceof ApiError && error.status !== 401;
      this.set({ status: 'anonymous', error: unreachable ? error.message : undefined });
    }
  }

  /** Logs in; throws ApiError (with the server's detail) when the server refuses. */
  async login(username: string, password: string): Promise<void> {
    const response = await request<LoginResponse>('/session', {
      method: 'POST',
      body: { username, password },
      allowUnauthorized: true,
    });
    this.signedIn(response.user, response.csrf_token);
  }

  /** Ends the session on the server; locally it ends whatever the server answers. */
  async logout(): Promise<void> {
    try {
      await request<void>('/session', { method: 'DELETE', allowUnauthorized: true });
    } catch {
      // The session is dropped locally either way; a dead session needs no logout.
    }
    setCsrfToken(null);
    this.set({ status: 'anonymous', notice: 'loggedOut' });
  }

  /** The server no longer accepts the session: back to login with an explanation. */
  expire(): void {
    if (this.current.status !== 'authenticated') return;
    setCsrfToken(null);
    this.set({ status: 'anonymous', notice: 'expired' });
  }

  private signedIn(user: User, csrfToken: string): void {
    setCsrfToken(csrfToken);
    this.set({ status: 'authenticated', user });
  }

  private set(state: SessionState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
