import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { canSeeCases, roleLabel } from '../roles';
import type { Route } from '../router';
import type { User } from '../session';
import { useShortcuts } from '../shortcuts';
import { Nav } from './nav';

interface ShellProps {
  user: User;
  area: Route['area'];
  /** The interview room: a wider page, and the room's shortcuts in the footer. */
  room?: boolean;
  onLogout: () => void;
  children: ComponentChildren;
}

/** The frame around every page after login: banner, navigation, main, shortcut help. */
export function Shell({ user, area, room = false, onLogout, children }: ShellProps) {
  const casesAllowed = canSeeCases(user.role);
  useShortcuts(casesAllowed);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header class="banner">
        <div class="banner-inner">
          <span class="product">{t('app.name')}</span>
          <div class="user-box">
            <span class="user">{t('shell.user', { username: user.username, role: roleLabel(user.role) })}</span>
            <button type="button" class="button button-banner" onClick={onLogout}>
              {t('shell.logout')}
            </button>
          </div>
        </div>
        <Nav role={user.role} current={area} />
      </header>
      <main id="main" tabIndex={-1} class={room ? 'main-wide' : undefined}>
        {children}
      </main>
      {casesAllowed && (
        <footer class="footer">
          <p class={room ? 'main-wide' : undefined}>{room ? t('shell.shortcutsRoom') : t('shell.shortcuts')}</p>
        </footer>
      )}
    </>
  );
}
