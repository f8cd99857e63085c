import { Link } from '../components/link';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { isAdmin } from '../roles';
import type { User } from '../session';
import { UnavailablePage } from '../shell/unavailable_page';
import { UsersPage } from './users_page';

/**
 * /admin: what an administrator sets up in the browser. Users (accounts, locks, the agency a
 * referral_agency user acts for, UN-6) and the way to the reference guides (UN-7). Others get the
 * no-access page; the server refuses them anyway (every route is admin only).
 */
export function AdminArea({ user }: { user: User }) {
  if (!isAdmin(user.role)) return <UnavailablePage title={t('nav.admin')} message={t('area.admin.noAccess')} />;
  return (
    <>
      <PageHeading title={t('nav.admin')}>{t('admin.title')}</PageHeading>
      <p class="intro">{t('admin.intro')}</p>
      <section aria-labelledby="admin-users-title">
        <h2 id="admin-users-title">{t('admin.users.title')}</h2>
        <UsersPage me={user.username} />
      </section>
      <section aria-labelledby="admin-guides-title">
        <h2 id="admin-guides-title">{t('admin.guides.title')}</h2>
        <p>{t('admin.guides.body')}</p>
        <p>
          <Link href="/guides">{t('admin.guides.link')}</Link>
        </p>
      </section>
    </>
  );
}
