import { Link } from '../components/link';
import { t, type MessageKey } from '../i18n';
import { isAdmin } from '../roles';
import type { Route } from '../router';

interface NavItem {
  area: Route['area'];
  href: string;
  label: MessageKey;
  adminOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { area: 'cases', href: '/cases', label: 'nav.cases' },
  { area: 'interviews', href: '/interviews', label: 'nav.interviews' },
  { area: 'screening', href: '/screening', label: 'nav.screening' },
  { area: 'coi', href: '/coi', label: 'nav.coi' },
  { area: 'tools', href: '/tools', label: 'nav.tools' },
  { area: 'tasks', href: '/tasks', label: 'nav.tasks' },
  { area: 'admin', href: '/admin', label: 'nav.admin', adminOnly: true },
];

/** The main navigation; the current area is marked with aria-current. */
export function Nav({ role, current }: { role: string; current: Route['area'] }) {
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || isAdmin(role));
  return (
    <nav class="main-nav" aria-label={t('shell.navLabel')}>
      <ul>
        {items.map((item) => (
          <li key={item.area}>
            <Link href={item.href} aria-current={item.area === current ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
