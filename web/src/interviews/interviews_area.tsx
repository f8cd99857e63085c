import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { canSeeCases } from '../roles';
import type { Route } from '../router';
import { RoomPage } from './room_page';

type InterviewsRoute = Extract<Route, { area: 'interviews' }>;

/** The Interviews area: a pointer to the cases, or the room of one interview. */
export function InterviewsArea({ route, role }: { route: InterviewsRoute; role: string }) {
  if (!canSeeCases(role)) {
    return (
      <>
        <PageHeading title={t('interviews.title')} />
        <Notice>{t('cases.noAccess')}</Notice>
      </>
    );
  }
  if (route.view === 'room') return <RoomPage key={route.id} id={route.id} />;
  return (
    <>
      <PageHeading title={t('interviews.title')} />
      <p>{t('interviews.index')}</p>
      <p>
        <Link href="/cases">{t('interviews.toCases')}</Link>
      </p>
    </>
  );
}
