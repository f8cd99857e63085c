import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { TextField } from '../components/text_field';
import { formatTimestamp } from '../format';
import { useDebounced } from '../hooks';
import { t } from '../i18n';
import { canScreen, canSeeScreenings, isAdmin } from '../roles';
import { itemPath } from '../router';
import { priorityLabel } from './labels';
import { listScreenings, type ScreeningSummary } from './screening_api';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; screenings: ScreeningSummary[] };

/** Recent screenings (/screening), newest first, with their flags; searchable by name. */
export function ScreeningListPage({ role }: { role: string }) {
  if (!canSeeScreenings(role)) {
    return (
      <>
        <PageHeading title={t('screening.title')} />
        <Notice>{t('screening.noAccess')}</Notice>
      </>
    );
  }
  return <ScreeningList canWrite={canScreen(role)} canManageForms={isAdmin(role)} />;
}

function ScreeningList({ canWrite, canManageForms }: { canWrite: boolean; canManageForms: boolean }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 250);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    listScreenings(settled, controller.signal).then(
      (screenings) => setLoad({ status: 'ready', screenings }),
      (error) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [settled]);

  return (
    <>
      <PageHeading title={t('screening.title')} />
      <p class="intro">{t('screening.intro')}</p>
      {canWrite && (
        <p>
          <Link href="/screening/new" class="button button-primary button-large">
            {t('screening.new.title')}
          </Link>
        </p>
      )}
      {canManageForms && (
        <p>
          <Link href="/screening/forms" class="button button-secondary">
            {t('forms.link')}
          </Link>
        </p>
      )}
      <TextField id="screening-search" type="search" label={t('screening.search')} value={query} onInput={setQuery} dir="auto" />
      {load.status === 'loading' && <p role="status">{t('screening.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('screening.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && (
        <>
          <p role="status" class="result-status">
            {load.screenings.length === 0 ? t('screening.list.none') : t('screening.list.count', { count: load.screenings.length })}
          </p>
          {load.screenings.length > 0 && (
            <div class="table-wrap">
              <table class="data-table" id="screening-table">
                <caption class="visually-hidden">{t('screening.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('screening.list.col.person')}</th>
                    <th scope="col">{t('screening.list.col.when')}</th>
                    <th scope="col">{t('screening.list.col.flags')}</th>
                    <th scope="col">{t('screening.list.col.priority')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.screenings.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link href={itemPath('screening', s.id)}>
                          <span dir="auto">{s.person?.name || t('screening.unnamed')}</span>
                        </Link>
                      </td>
                      <td class="nowrap">{formatTimestamp(s.created_at)}</td>
                      <td>
                        <ul class="inline-flags">
                          {s.result?.potential_asylum_seeker && <li class="badge badge-flag">{t('screening.flag.asylumShort')}</li>}
                          {s.result?.potential_trafficking_victim && <li class="badge badge-flag">{t('screening.flag.traffickingShort')}</li>}
                          {s.result?.non_refoulement && <li class="badge badge-flag-strong">{t('screening.flag.nonRefoulementShort')}</li>}
                        </ul>
                      </td>
                      <td>{s.result?.priority ? <span class={`badge badge-priority-${s.result.priority}`}>{priorityLabel(s.result.priority)}</span> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
