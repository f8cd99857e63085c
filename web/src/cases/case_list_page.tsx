import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { countryName } from '../format';
import { useDebounced } from '../hooks';
import { t } from '../i18n';
import { casePath } from '../router';
import { listCases, type CaseSummary } from './case_api';

/** The search box's id: the "/" shortcut focuses it. */
export const CASE_SEARCH_ID = 'case-search';
export const SEARCH_DEBOUNCE_MS = 300;

type Load =
  | { status: 'loading'; cases?: CaseSummary[] }
  | { status: 'ready'; cases: CaseSummary[]; query: string }
  | { status: 'error'; message: string; forbidden: boolean };

/** The case list with search. `initialQuery` lets a test or a link start with a search. */
export function CaseListPage({ initialQuery = '' }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const settledQuery = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setLoad((old) => ({ status: 'loading', cases: old.status === 'ready' ? old.cases : undefined }));
    listCases(settledQuery, controller.signal).then(
      (cases) => setLoad({ status: 'ready', cases, query: settledQuery.trim() }),
      (error: unknown) => {
        if (controller.signal.aborted || !(error instanceof ApiError)) return;
        setLoad({ status: 'error', message: error.message, forbidden: error.status === 403 });
      },
    );
    return () => controller.abort();
  }, [settledQuery]);

  if (load.status === 'error' && load.forbidden) {
    return (
      <>
        <PageHeading title={t('cases.title')} />
        <Notice>{t('cases.noAccess')}</Notice>
      </>
    );
  }

  const cases = load.status === 'ready' ? load.cases : load.status === 'loading' ? load.cases : undefined;
  return (
    <>
      <div class="page-head">
        <PageHeading title={t('cases.title')} />
        <Link
          href="/cases/new"
          class="button button-primary"
          aria-keyshortcuts="Alt+N"
          title={`${t('cases.new')} (${t('cases.newHint')})`}
        >
          {t('cases.new')}
        </Link>
      </div>
      <div class="case-search" role="search">
        <label for={CASE_SEARCH_ID}>{t('cases.search')}</label>
        <p class="hint" id={`${CASE_SEARCH_ID}-hint`}>
          {t('cases.searchHint')}
        </p>
        <input
          id={CASE_SEARCH_ID}
          type="search"
          dir="auto"
          autocomplete="off"
          spellcheck={false}
          aria-keyshortcuts="/"
          aria-describedby={`${CASE_SEARCH_ID}-hint`}
          aria-controls="case-table"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <p class="result-status" role="status">
        {statusText(load)}
      </p>
      {load.status === 'error' && <Notice tone="error">{t('cases.loadFailed', { detail: load.message })}</Notice>}
      {cases && cases.length > 0 && <CaseTable cases={cases} busy={load.status === 'loading'} />}
    </>
  );
}

function statusText(load: Load): string {
  if (load.status === 'loading') return load.cases ? '' : t('cases.loading');
  if (load.status === 'error') return '';
  if (load.cases.length === 0) return load.query ? t('cases.noMatch', { q: load.query }) : t('cases.none');
  return load.cases.length === 1 ? t('cases.countOne') : t('cases.count', { count: load.cases.length });
}

function CaseTable({ cases, busy }: { cases: CaseSummary[]; busy: boolean }) {
  return (
    <div class="table-wrap">
      <table id="case-table" class="data-table" aria-busy={busy ? 'true' : undefined}>
        <caption class="visually-hidden">{t('cases.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.col.caseNumber')}</th>
            <th scope="col">{t('cases.col.familyName')}</th>
            <th scope="col">{t('cases.col.givenNames')}</th>
            <th scope="col">{t('cases.col.originalScript')}</th>
            <th scope="col">{t('cases.col.nationality')}</th>
            <th scope="col">{t('cases.col.dateOfBirth')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={casePath(c.id)}>{c.case_number}</Link>
              </td>
              <td>{c.applicant.family_name}</td>
              <td>{c.applicant.given_names}</td>
              <td dir="auto">{c.applicant.names_original_script}</td>
              <td>
                {c.applicant.nationality && (
                  <abbr title={countryName(c.applicant.nationality)}>{c.applicant.nationality}</abbr>
                )}
              </td>
              <td class="nowrap">{c.applicant.date_of_birth}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
