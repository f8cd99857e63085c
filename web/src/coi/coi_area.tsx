import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import type { Route } from '../router';
import { canUseCoi } from './coi_api';
import { CoiReaderPage } from './reader_page';
import { CoiSearchPage } from './search_page';
import './coi.css';

/** The COI area (/coi): the library's search, and the reader at /coi/documents/{id}. */
export function CoiArea({ route, role }: { route: Extract<Route, { area: 'coi' }>; role: string }) {
  if (!canUseCoi(role)) {
    return (
      <>
        <PageHeading title={t('coi.title')} />
        <Notice>{t('coi.noAccess')}</Notice>
      </>
    );
  }
  if ('view' in route && route.view === 'document') return <CoiReaderPage key={route.id} id={route.id} />;
  return <CoiSearchPage />;
}
