import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import {
  EMPTY_QUERY,
  PAGE_SIZE,
  documentPath,
  queryToSearch,
  searchCoi,
  searchToQuery,
  type CoiQuery,
  type CoiSearchResult,
  type CountryMode,
  type FacetCount,
} from './coi_api';
import { rememberSearch } from './reader_page';
import { Snippet } from './snippet';

export const COI_SEARCH_ID = 'coi-search';

const splitList = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * "/" focuses the COI search box on this page. It listens on window in the capture phase, before
 * the shell's own "/" (which would open the case search), and stops the event there.
 */
function useSlashFocus(id: string): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const input = document.getElementById(id);
      if (!input) return;
      event.preventDefault();
      event.stopPropagation();
      input.focus();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [id]);
}

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'done'; result: CoiSearchResult } | { state: 'failed'; detail: string };

/** The form's fields as typed; applied to the query on submit. */
interface Draft {
  q: string;
  countries: string;
  countryMode: CountryMode;
  sources: string;
  excludeSources: string;
  type: string;
  language: string;
  from: string;
  to: string;
  sort: CoiQuery['sort'];
}

function toDraft(q: CoiQuery): Draft {
  return {
    ...q,
    countries: q.countries.join(', '),
    sources: q.sources.join(', '),
    excludeSources: q.excludeSources.join(', '),
  };
}

function fromDraft(d: Draft): CoiQuery {
  return {
    ...d,
    countries: splitList(d.countries).map((c) => (c.toLowerCase() === 'none' ? 'none' : c.toUpperCase())),
    sources: splitList(d.sources),
    excludeSources: splitList(d.excludeSources),
    page: 0,
  };
}

/** The COI area's search: query language help, filters, facets, marked snippets and paging. */
export function CoiSearchPage() {
  const [query, setQuery] = useState<CoiQuery>(() => searchToQuery(window.location.search));
  const [draft, setDraft] = useState<Draft>(() => toDraft(query));
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const resultsRef = useRef<HTMLHeadingElement>(null);
  useSlashFocus(COI_SEARCH_ID);

  useEffect(() => {
    const search = queryToSearch(query);
    rememberSearch(search);
    if (window.location.pathname === '/coi' && window.location.search !== search) {
      window.history.replaceState(null, '', `/coi${search}`);
    }
    if (!query.q.trim()) {
      setLoad({ state: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    searchCoi(query, controller.signal).then(
      (result) => setLoad({ state: 'done', result }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ state: 'failed', detail: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [query]);

  const apply = (next: CoiQuery) => {
    setQuery(next);
    setDraft(toDraft(next));
  };
  const set = (field: keyof Draft) => (value: string) => setDraft({ ...draft, [field]: value });

  return (
    <>
      <PageHeading title={t('coi.title')} />
      <p class="intro">{t('coi.intro')}</p>
      <form
        class="coi-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          apply(fromDraft(draft));
        }}
      >
        <div class="coi-query">
          <TextField
            id={COI_SEARCH_ID}
            label={t('coi.query')}
            hint={t('coi.queryHint')}
            type="search"
            value={draft.q}
            dir="auto"
            onInput={set('q')}
          />
          <button type="submit" class="button button-primary">
            {t('coi.search')}
          </button>
        </div>
        <QueryHelp />
        <fieldset class="coi-filters">
          <legend>{t('coi.filters')}</legend>
          <TextField id="coi-countries" label={t('coi.countries')} hint={t('coi.countriesHint')} value={draft.countries} onInput={set('countries')} autoCapitalize="characters" />
          <SelectField
            id="coi-mode"
            label={t('coi.mode')}
            value={draft.countryMode}
            options={(['any', 'only', 'none'] as const).map((m) => ({ value: m, label: t(`coi.mode.${m}`) }))}
            onChange={set('countryMode')}
          />
          <TextField id="coi-sources" label={t('coi.sources')} hint={t('coi.sourcesHint')} value={draft.sources} onInput={set('sources')} />
          <TextField id="coi-exclude-sources" label={t('coi.excludeSources')} value={draft.excludeSources} onInput={set('excludeSources')} />
          <TextField id="coi-type" label={t('coi.type')} value={draft.type} onInput={set('type')} />
          <TextField id="coi-language" label={t('coi.language')} hint={t('coi.languageHint')} value={draft.language} onInput={set('language')} maxLength={3} />
          <TextField id="coi-from" label={t('coi.from')} hint={t('coi.dateHint')} value={draft.from} onInput={set('from')} maxLength={10} />
          <TextField id="coi-to" label={t('coi.to')} hint={t('coi.dateHint')} value={draft.to} onInput={set('to')} maxLength={10} />
          <SelectField
            id="coi-sort"
            label={t('coi.sort')}
            value={draft.sort}
            options={[
              { value: 'relevance', label: t('coi.sort.relevance') },
              { value: 'date', label: t('coi.sort.date') },
            ]}
            onChange={(value) => apply({ ...fromDraft(draft), sort: value === 'date' ? 'date' : 'relevance' })}
          />
          <button type="button" class="button" onClick={() => apply({ ...EMPTY_QUERY, q: draft.q })}>
            {t('coi.clearFilters')}
          </button>
        </fieldset>
      </form>
      <Results load={load} query={query} apply={apply} resultsRef={resultsRef} />
    </>
  );
}

function QueryHelp() {
  const rows: [string, string][] = [
    ['Taliban Kabul', t('coi.help.words')],
    ['Taliban OR ISIS', t('coi.help.or')],
    ['Taliban -ISIS', t('coi.help.not')],
    ['"morality law"', t('coi.help.phrase')],
    ['journalis*', t('coi.help.prefix')],
    ['NEAR(Taliban women, 5)', t('coi.help.near')],
    ['(Taliban OR ISIS) Kabul', t('coi.help.group')],
  ];
  return (
    <details class="coi-help">
      <summary>{t('coi.help.summary')}</summary>
      <dl>
        {rows.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Results({
  load,
  query,
  apply,
  resultsRef,
}: {
  load: Load;
  query: CoiQuery;
  apply: (q: CoiQuery) => void;
  resultsRef: preact.RefObject<HTMLHeadingElement>;
}) {
  if (load.state === 'idle') return null;
  if (load.state === 'loading') {
    return (
      <p role="status" class="loading">
        {t('coi.searching')}
      </p>
    );
  }
  if (load.state === 'failed') return <Notice tone="error">{t('coi.failed', { detail: load.detail })}</Notice>;
  const { result } = load;
  const first = query.page * PAGE_SIZE + 1;
  const last = query.page * PAGE_SIZE + result.results.length;
  const goTo = (page: number) => {
    apply({ ...query, page });
    resultsRef.current?.focus();
  };
  return (
    <div class="coi-layout">
      <Facets result={result} query={query} apply={apply} />
      <section class="coi-results" aria-labelledby="coi-results-heading">
        <h2 id="coi-results-heading" ref={resultsRef} tabIndex={-1}>
          {t('coi.results')}
        </h2>
        <p role="status">{result.total === 0 ? t('coi.none') : t('coi.count', { first, last, total: result.total })}</p>
        <ol class="coi-hits" start={first}>
          {result.results.map((hit) => (
            <li key={hit.passage_id} class="coi-hit">
              <h3>
                <Link href={documentPath(hit.document_id, hit.passage_id)}>{hit.title}</Link>
              </h3>
              <p class="coi-meta">
                {[hit.source || t('coi.unknownSource'), hit.date || t('coi.undated'), hit.country].filter(Boolean).join(' · ')}
              </p>
              {hit.heading && (
                <p class="coi-heading" dir="auto">
                  {hit.heading}
                </p>
              )}
              <Snippet html={hit.snippet} />
            </li>
          ))}
        </ol>
        {result.total > PAGE_SIZE && (
          <nav class="coi-paging" aria-label={t('coi.results')}>
            <button type="button" class="button" disabled={query.page === 0} onClick={() => goTo(query.page - 1)}>
              {t('coi.previous')}
            </button>
            <button type="button" class="button" disabled={last >= result.total} onClick={() => goTo(query.page + 1)}>
              {t('coi.next')}
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}

function Facets({ result, query, apply }: { result: CoiSearchResult; query: CoiQuery; apply: (q: CoiQuery) => void }) {
  const facets: { name: 'country' | 'source' | 'year'; items: FacetCount[]; active: (v: string) => boolean; pick: (v: string) => CoiQuery; label: (v: string) => string }[] = [
    {
      name: 'country',
      items: result.facets.country,
      active: (v) => query.countryMode === 'only' && query.countries.length === 1 && query.countries[0] === (v || 'none'),
      pick: (v) => ({ ...query, countries: [v || 'none'], countryMode: 'only', page: 0 }),
      label: (v) => v || t('coi.facet.noCountry'),
    },
    {
      name: 'source',
      items: result.facets.source,
      active: (v) => query.sources.length === 1 && query.sources[0] === v,
      pick: (v) => ({ ...query, sources: [v], page: 0 }),
      label: (v) => v || t('coi.facet.unknown'),
    },
    {
      name: 'year',
      items: result.facets.year,
      active: (v) => query.from === v && query.to === v,
      pick: (v) => ({ ...query, from: v, to: v, page: 0 }),
      label: (v) => v || t('coi.facet.unknown'),
    },
  ];
  return (
    <aside class="coi-facets" aria-label={t('coi.facets')}>
      {facets.map((facet) => (
        <section key={facet.name} class="coi-facet">
          <h2 id={`coi-facet-${facet.name}`}>{t(`coi.facet.${facet.name}`)}</h2>
          <ul aria-labelledby={`coi-facet-${facet.name}`}>
            {facet.items.map((item) => (
              <li key={item.value}>
                <button
                  type="button"
                  class="coi-facet-button"
                  aria-pressed={facet.active(item.value)}
                  // An unknown year or source cannot narrow a search: it is shown, not offered.
                  disabled={!item.value && facet.name !== 'country'}
                  onClick={() => apply(facet.pick(item.value))}
                >
                  {t('coi.facet.item', { value: facet.label(item.value), count: item.count })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
