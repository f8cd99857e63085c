import { Link } from '../components/link';
import { t, type MessageKey } from '../i18n';
import { canReadGuides, canRegisterGroups, canSeeCases, canSeeTasks, canUseCoi, canSeeReferrals, canSeeScreenings, canUseTools, isAdmin } from '../roles';
import type { Route } from '../router';

interface NavItem {
  area: Route['area'];
  href: string;
  label: MessageKey;
  adminOnly?: boolean;
  /** Shown only to roles that may use the area. */
  allowed?: (role: string) => boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { area: 'cases', href: '/cases', label: 'nav.cases', allowed: canSeeCases },
  { area: 'interviews', href: '/interviews', label: 'nav.interviews', allowed: canSeeCases },
  { area: 'screening', href: '/screening', label: 'nav.screening', allowed: canSeeScreenings },
  { area: 'referrals', href: '/referrals', label: 'nav.referrals', allowed: canSeeReferrals },
  { area: 'influx', href: '/influx', label: 'nav.influx', allowed: canRegisterGroups },
  { area: 'guides', href: '/guides', label: 'nav.guides', allowed: canReadGuides },
  { area: 'coi', href: '/coi', label: 'nav.coi', allowed: canUseCoi },
  { area: 'tools', href: '/tools', label: 'nav.tools', allowed: canUseTools },
  { area: 'tasks', href: '/tasks', label: 'nav.tasks', allowed: canSeeTasks },
  { area: 'admin', href: '/admin', label: 'nav.admin', adminOnly: true },
];

/** The main navigation; the current area is marked with aria-current. */
export function Nav({ role, current }: { role: string; current: Route['area'] }) {
  const items = NAV_ITEMS.filter((item) => (!item.adminOnly || isAdmin(role)) && (!item.allowed || item.allowed(role)));
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
