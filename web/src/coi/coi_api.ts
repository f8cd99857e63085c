/** Typed calls for /api/v1/coi: the library's search and its document reader (issue 6, AS-1). */
import { request } from '../api';

/** Roles that may use the library (the server decides; this keeps the page honest). */
const COI_ROLES = new Set(['officer', 'supervisor', 'border_officer', 'admin']);

export function canUseCoi(role: string): boolean {
  return COI_ROLES.has(role);
}

export type CountryMode = 'any' | 'only' | 'none';
export type Sort = 'relevance' | 'date';

/** What the officer asked for; list fields hold ISO codes or publisher names. */
export interface CoiQuery {
  q: string;
  countries: string[];
  countryMode: CountryMode;
  sources: string[];
  excludeSources: string[];
  type: string;
  language: string;
  from: string;
  to: string;
  sort: Sort;
  page: number;
}

export const EMPTY_QUERY: CoiQuery = {
  q: '',
  countries: [],
  countryMode: 'any',
  sources: [],
  excludeSources: [],
  type: '',
  language: '',
  from: '',
  to: '',
  sort: 'relevance',
  page: 0,
};

export const PAGE_SIZE = 20;

export interface CoiHit {
  document_id: string;
  passage_id: string;
  title: string;
  source: string;
  date: string;
  country: string;
  heading: string;
  score: number;
  /** Escaped HTML whose only markup is <mark>…</mark> (render with Snippet, never as HTML). */
  snippet: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface CoiSearchResult {
  results: CoiHit[];
  total: number;
  facets: { country: FacetCount[]; source: FacetCount[]; year: FacetCount[] };
}

const COUNTRY_PARAM: Record<CountryMode, string> = { any: 'country', only: 'only_country', none: 'not_country' };

/** The API's query parameters for `query` (empty ones left out). */
export function searchParams(query: CoiQuery): Record<string, string | undefined> {
  const list = (values: string[]) => (values.length ? values.join(',') : undefined);
  return {
    q: query.q.trim(),
    [COUNTRY_PARAM[query.countryMode]]: list(query.countries),
    source: list(query.sources),
    exclude_source: list(query.excludeSources),
    type: query.type.trim() || undefined,
    language: query.language.trim() || undefined,
    from: query.from || undefined,
    to: query.to || undefined,
    sort: query.sort === 'date' ? 'date' : undefined,
    limit: String(PAGE_SIZE),
    offset: query.page > 0 ? String(query.page * PAGE_SIZE) : undefined,
  };
}

export function searchCoi(query: CoiQuery, signal?: AbortSignal): Promise<CoiSearchResult> {
  return request<CoiSearchResult>('/coi/search', { query: searchParams(query), signal });
}

/** The page address of a search, so that it can be bookmarked and come back after the reader. */
export function queryToSearch(query: CoiQuery): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string) => {
    if (value) params.set(name, value);
  };
  add('q', query.q.trim());
  add('country', query.countries.join(','));
  if (query.countries.length && query.countryMode !== 'any') add('mode', query.countryMode);
  add('source', query.sources.join(','));
  add('exclude_source', query.excludeSources.join(','));
  add('type', query.type);
  add('language', query.language);
  add('from', query.from);
  add('to', query.to);
  if (query.sort === 'date') add('sort', 'date');
  if (query.page > 0) add('page', String(query.page + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function searchToQuery(search: string): CoiQuery {
  const params = new URLSearchParams(search);
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const mode = params.get('mode');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    countries: list('country'),
    countryMode: mode === 'only' || mode === 'none' ? mode : 'any',
    sources: list('source'),
    excludeSources: list('exclude_source'),
    type: params.get('type') ?? '',
    language: params.get('language') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export interface CoiPassage {
  id: string;
  ordinal: number;
  heading: string;
  text: string;
}

export interface CoiDocument {
  id: string;
  title: string;
  source: string;
  country: string;
  language: string;
  published: string;
  date: string;
  report_period: string;
  document_type: string;
  url: string;
  licence: string;
  file_name: string;
  passages: CoiPassage[];
}

export function getCoiDocument(id: string, signal?: AbortSignal): Promise<CoiDocument> {
  return request<CoiDocument>(`/coi/documents/${encodeURIComponent(id)}`, { signal });
}

/** The reader's address, opened at one passage. */
export function documentPath(documentId: string, passageId?: string): string {
  return `/coi/documents/${encodeURIComponent(documentId)}${passageId ? `#${encodeURIComponent(passageId)}` : ''}`;
}
