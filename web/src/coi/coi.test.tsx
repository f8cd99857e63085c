import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import { CoiArea } from './coi_area';
import { EMPTY_QUERY, queryToSearch, searchParams, searchToQuery } from './coi_api';
import { Snippet, snippetParts } from './snippet';

const HIT = {
  document_id: 'coi-abc',
  passage_id: 'coi-abc-p00002',
  title: 'Afghanistan 2024 Human Rights Report',
  source: 'U.S. Department of State',
  date: '2025-08-12',
  country: 'AF',
  heading: 'Section 2. Liberty',
  score: 7.5,
  snippet: 'the &lt;b&gt;<mark>Taliban</mark>&lt;/b&gt; &amp; others',
};

const ANSWER = {
  results: [HIT],
  total: 45,
  facets: {
    country: [
      { value: 'AF', count: 40 },
      { value: '', count: 5 },
    ],
    source: [{ value: 'U.S. Department of State', count: 45 }],
    year: [{ value: '2025', count: 45 }],
  },
};

describe('coi routes and addresses', () => {
  it('parses the search and the reader', () => {
    expect(parseRoute('/coi')).toEqual({ area: 'coi', view: 'search' });
    expect(parseRoute('/coi/documents/coi-abc')).toEqual({ area: 'coi', view: 'document', id: 'coi-abc' });
    expect(parseRoute('/coi/other')).toEqual({ area: 'notFound' });
  });

  it('maps the country mode to the API parameter and keeps a search in the address', () => {
    const q = { ...EMPTY_QUERY, q: 'Taliban', countries: ['AF', 'IR'], countryMode: 'only' as const, page: 2 };
    expect(searchParams(q)).toMatchObject({ q: 'Taliban', only_country: 'AF,IR', offset: '40', limit: '20' });
    expect(searchParams({ ...q, countryMode: 'none' })).toMatchObject({ not_country: 'AF,IR' });
    expect(searchParams({ ...q, countryMode: 'any' })).toMatchObject({ country: 'AF,IR' });
    expect(searchToQuery(queryToSearch(q))).toEqual(q);
    expect(searchToQuery('?q=x&page=-4&mode=bogus')).toMatchObject({ page: 0, countryMode: 'any' });
  });
});

describe('Snippet', () => {
  it('renders marks as <mark> and everything else as text, never as markup', () => {
    expect(snippetParts(HIT.snippet)).toEqual([
      { text: 'the <b>', marked: false },
      { text: 'Taliban', marked: true },
      { text: '</b> & others', marked: false },
    ]);
    const { container } = render(<Snippet html={'<img src=x onerror=alert(1)> <mark>a</mark>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('a');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('CoiSearchPage', () => {
  it('searches, shows marked snippets and facets, narrows by a facet and pages', async () => {
    window.history.replaceState(null, '', '/coi');
    const fake = installFakeFetch({ 'GET /api/v1/coi/search': () => json(200, ANSWER) });
    const { container } = render(<CoiArea route={{ area: 'coi', view: 'search' }} role="officer" />);
    fireEvent.input(screen.getByLabelText('Search the library'), { target: { value: 'Taliban' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Passages 1–1 of 45');
    expect(container.querySelector('.coi-snippet mark')?.textContent).toBe('Taliban');
    expect(container.querySelector('.coi-snippet b')).toBeNull();
    const link = screen.getByRole('link', { name: HIT.title });
    expect(link.getAttribute('href')).toBe('/coi/documents/coi-abc#coi-abc-p00002');
    expect(window.location.search).toBe('?q=Taliban');

    fireEvent.click(screen.getByRole('button', { name: 'AF (40)' }));
    await waitFor(() => expect(fake.requests.length).toBe(2));
    expect(fake.requests[1].search.get('only_country')).toBe('AF');
    await screen.findByRole('button', { name: 'AF (40)', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'No country (5)' }));
    await waitFor(() => expect(fake.requests.length).toBe(3));
    expect(fake.requests[2].search.get('only_country')).toBe('none');

    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(fake.requests.length).toBe(4));
    expect(fake.requests[3].search.get('offset')).toBe('20');
  });

  it('sends the filters and shows the server’s sentence for a broken query', async () => {
    window.history.replaceState(null, '', '/coi');
    const fake = installFakeFetch({
      'GET /api/v1/coi/search': () => problem(400, 'NOT and \'-\' exclude words from other results: add a word to search for'),
    });
    render(<CoiArea route={{ area: 'coi', view: 'search' }} role="supervisor" />);
    fireEvent.input(screen.getByLabelText('Search the library'), { target: { value: '-war' } });
    fireEvent.input(screen.getByLabelText('Countries'), { target: { value: 'af, none' } });
    fireEvent.change(screen.getByLabelText('Countries apply as'), { target: { value: 'none' } });
    fireEvent.input(screen.getByLabelText('Leave out sources'), { target: { value: 'Factbook' } });
    fireEvent.input(screen.getByLabelText('Published from'), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect((await screen.findByRole('alert')).textContent).toContain('add a word to search for');
    const sent = fake.requests[0].search;
    expect(sent.get('not_country')).toBe('AF,none');
    expect(sent.get('exclude_source')).toBe('Factbook');
    expect(sent.get('from')).toBe('2024');
  });

  it('focuses the search box on "/" but lets "/" be typed in a field', () => {
    window.history.replaceState(null, '', '/coi');
    installFakeFetch({});
    render(<CoiArea route={{ area: 'coi', view: 'search' }} role="officer" />);
    const box = screen.getByLabelText('Search the library');
    const type = screen.getByLabelText('Document type');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    type.focus();
    fireEvent.keyDown(type, { key: '/' });
    expect(document.activeElement).toBe(type);
  });

  it('tells a lawyer the library is not for them', () => {
    render(<CoiArea route={{ area: 'coi', view: 'search' }} role="lawyer" />);
    expect(screen.getByText('You have no access to the COI library.')).toBeTruthy();
  });
});

describe('CoiReaderPage', () => {
  it('opens at the passage of the address, highlighted and focused', async () => {
    window.history.replaceState(null, '', '/coi/documents/coi-abc#coi-abc-p00002');
    installFakeFetch({
      'GET /api/v1/coi/documents/coi-abc': () =>
        json(200, {
          id: 'coi-abc',
          title: HIT.title,
          source: HIT.source,
          country: 'AF',
          language: 'en',
          published: '2025-08-12',
          date: '2025-08-12',
          report_period: '2024',
          document_type: 'Country report',
          url: 'javascript:alert(1)',
          licence: 'Public domain',
          file_name: 'x.txt',
          passages: [
            { id: 'coi-abc-p00001', ordinal: 1, heading: 'Section 1', text: 'First passage.' },
            { id: 'coi-abc-p00002', ordinal: 2, heading: 'Section 2. Liberty', text: 'The Taliban <b>restricted</b> travel.' },
          ],
        }),
    });
    const { container } = render(<CoiArea route={{ area: 'coi', view: 'document', id: 'coi-abc' }} role="officer" />);
    await screen.findByRole('heading', { name: 'Section 2. Liberty' });
    const target = container.querySelector('#coi-abc-p00002') as HTMLElement;
    expect(target.className).toContain('coi-passage-target');
    expect(target.getAttribute('aria-current')).toBe('location');
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.textContent).toContain('The Taliban <b>restricted</b> travel.');
    expect(screen.queryByText('Original source')).toBeNull(); // only http(s) links
  });

  it('shows why a document cannot be opened', async () => {
    installFakeFetch({ 'GET /api/v1/coi/documents/nope': () => problem(404, "There is no COI document 'nope'.") });
    render(<CoiArea route={{ area: 'coi', view: 'document', id: 'nope' }} role="admin" />);
    expect((await screen.findByRole('alert')).textContent).toContain("no COI document 'nope'");
  });
});
