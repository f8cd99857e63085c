import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import type { LoginNotice, Session } from '../session';

interface LoginPageProps {
  session: Session;
  notice?: LoginNotice;
  /** Why the session could not be checked at start-up, if the server was unreachable. */
  error?: string;
}

const NOTICE_TEXT = {
  expired: () => t('login.sessionExpired'),
  loggedOut: () => t('login.loggedOut'),
} as const;

export function LoginPage({ session, notice, error: startupError }: LoginPageProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(startupError ?? null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => usernameRef.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!username.trim()) {
      setError(t('login.missingUsername'));
      usernameRef.current?.focus();
      return;
    }
    if (!password) {
      setError(t('login.missingPassword'));
      passwordRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.login(username.trim(), password);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('login.failed'));
      setPassword('');
      passwordRef.current?.focus();
      setBusy(false);
    }
  }

  return (
    <>
      <header class="banner">
        <div class="banner-inner">
          <span class="product">{t('app.name')}</span>
        </div>
      </header>
      <main id="main" class="login">
        <PageHeading title={t('login.title')} focus={false} />
        {notice && !error && <Notice tone={notice === 'expired' ? 'info' : 'success'}>{NOTICE_TEXT[notice]()}</Notice>}
        {error && <Notice tone="error">{error}</Notice>}
        <p class="intro">{t('login.intro')}</p>
        <form class="login-form" onSubmit={submit} noValidate>
          <div class="field">
            <label for="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              ref={usernameRef}
              name="username"
              autocomplete="username"
              autoCapitalize="off"
              spellcheck={false}
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              ref={passwordRef}
              name="password"
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
