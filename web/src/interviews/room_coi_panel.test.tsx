import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { installFakeFetch, json, problem } from '../test/fake_fetch';
import type { RecordEntry } from './interview_api';
import { RecordView } from './record_view';
import { RoomCoiPanel, comparableEntries, isCoiPanelKey } from './room_coi_panel';

const PASSAGE = {
  document_id: 'coi-abc',
  passage_id: 'coi-abc-p00007',
  title: 'Afghanistan 2024 Human Rights Report',
  source: 'U.S. Department of State',
  date: '2025-01-01',
  country: 'AF',
  heading: 'Section 2. Liberty',
  score: 3.2,
  snippet: 'the <mark>Taliban</mark> detained journalists in <mark>Kabul</mark> &lt;2024&gt;',
  time_match: 'year_in_text',
};

const COMPARISON = {
  statements: [
    {
      text: 'In 2024 the Taliban detained my brother in Kabul.',
      places: [{ name: 'Kabul', country: 'AF', kind: 'city', matched: 'Kabul' }],
      actors: [{ name: 'Taliban', countries: ['AF', 'PK'], source: 'data/coi/us-dos/us-dos-2024-afghanistan.txt', matched: 'Taliban' }],
      periods: [{ from: '2024-01-01', to: '2024-12-31', matched: '2024', calendar: 'gregorian', precision: 'year' }],
      caption: 'sources on Kabul, Taliban, 2024',
      passages: [PASSAGE],
    },
  ],
};

const ENTRIES: RecordEntry[] = [
  { seq: 1, kind: 'start', at: '2026-11-18T09:00:00Z' },
  { seq: 12, kind: 'question', text: 'What happened to your brother?', at: '2026-11-18T09:10:00Z' },
  { seq: 13, kind: 'answer', text: 'In 2024 the Taliban detained my brother in Kabul.', at: '2026-11-18T09:11:00Z' },
];

function openPanel() {
  fireEvent.click(screen.getByRole('button', { name: 'Country information' }));
}

describe('RoomCoiPanel', () => {
  it('sets the latest answer beside the sources and attaches a passage as a cited source', async () => {
    const fake = installFakeFetch({ 'POST /api/v1/coi/compare': () => json(200, COMPARISON) });
    const onRecord = vi.fn();
    const onCompared = vi.fn();
    render(<RoomCoiPanel interviewId="i1" entries={ENTRIES} canAttach onRecord={onRecord} onCompared={onCompared} />);
    openPanel();
    expect((screen.getByLabelText('Statement to compare') as HTMLSelectElement).value).toBe('13');
    fireEvent.click(screen.getByRole('button', { name: 'Find sources' }));
    expect(await screen.findByText('sources on Kabul, Taliban, 2024')).toBeTruthy();
    // The room adds the statement's places and actors to its dictation vocabulary (issue 7).
    expect(onCompared).toHaveBeenCalledWith(COMPARISON.statements);
    // The entry is sent by reference, so the server checks and audits the read (AS-5).
    expect(fake.requests[0].body).toEqual({ interview_id: 'i1', entry_id: 13 });
    expect(screen.getByText('Kabul (Kabul, AF)')).toBeTruthy();
    expect(screen.getByText('2024 (2024-01-01 to 2024-12-31)')).toBeTruthy();
    // The snippet's markup stays text except <mark>.
    expect(screen.getByText('Taliban', { selector: 'mark' })).toBeTruthy();
    expect(screen.getByText(/<2024>/)).toBeTruthy();
    const open = screen.getByRole('link', { name: /Open in the reader: “Afghanistan 2024 Human Rights Report”/ });
    expect(open.getAttribute('href')).toBe('/coi/documents/coi-abc#coi-abc-p00007');
    // Sources only: no verdict words anywhere in the panel.
    expect(document.body.textContent ?? '').not.toMatch(/credib|contradict|consistent|plausib/i);

    fireEvent.input(screen.getByLabelText('Note with the citation (optional)'), { target: { value: 'Read with the account' } });
    fireEvent.click(screen.getByRole('button', { name: /Attach as cited source: this passage/ }));
    expect(onRecord).toHaveBeenCalledWith({
      kind: 'coi_reference',
      passage_id: 'coi-abc-p00007',
      document_id: 'coi-abc',
      document_title: 'Afghanistan 2024 Human Rights Report',
      document_source: 'U.S. Department of State',
      document_date: '2025-01-01',
      ref: 13,
      text: 'Read with the account',
    });
    expect(screen.getByText('Cited source added to the record: Afghanistan 2024 Human Rights Report.')).toBeTruthy();
  });

  it('compares typed text, says when nothing is found, and shows a failure in the server’s words', async () => {
    let answer = () => json(200, { statements: [] });
    const fake = installFakeFetch({ 'POST /api/v1/coi/compare': () => answer() });
    render(<RoomCoiPanel interviewId="i1" entries={[]} canAttach={false} onRecord={() => undefined} />);
    openPanel();
    expect((screen.getByLabelText('Statement to compare') as HTMLSelectElement).value).toBe('typed');
    fireEvent.input(screen.getByLabelText('Text to compare'), { target: { value: 'I do not remember.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find sources' }));
    expect(await screen.findByText(/No place, organisation or date/)).toBeTruthy();
    expect(fake.requests[0].body).toEqual({ text: 'I do not remember.' });
    answer = () => problem(400, "'text' is empty: type or choose what the applicant said.");
    fireEvent.click(screen.getByRole('button', { name: 'Find sources' }));
    expect((await screen.findByRole('alert')).textContent).toContain("'text' is empty");
  });

  it('searches the library and cannot attach while the interview does not run', async () => {
    const fake = installFakeFetch({
      'GET /api/v1/coi/search': () => json(200, { results: [PASSAGE], total: 31, facets: { country: [], source: [], year: [] } }),
    });
    render(<RoomCoiPanel interviewId="i1" entries={ENTRIES} canAttach={false} onRecord={() => undefined} />);
    openPanel();
    fireEvent.input(screen.getByLabelText('Search the library'), { target: { value: 'Taliban Kabul' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 of 31 passages')).toBeTruthy();
    expect(fake.requests[0].search.get('q')).toBe('Taliban Kabul');
    const attach = screen.getByRole('button', { name: /Attach as cited source: this passage/ }) as HTMLButtonElement;
    expect(attach.disabled).toBe(true);
    expect(attach.title).toBe('Sources can be cited while the interview runs.');
  });

  it('opens and closes with Alt+S and focuses the search box', () => {
    render(<RoomCoiPanel interviewId="i1" entries={ENTRIES} canAttach onRecord={() => undefined} />);
    const toggle = screen.getByRole('button', { name: 'Country information' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(document, { code: 'KeyS', key: 's', altKey: true });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('room-coi-q');
    fireEvent.keyDown(document, { code: 'KeyS', key: 's', altKey: true });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(isCoiPanelKey({ code: 'KeyS', altKey: true, ctrlKey: true, metaKey: false, shiftKey: false })).toBe(false);
  });

  it('offers answers first, newest first, then other declarations', () => {
    const list = comparableEntries([
      ...ENTRIES,
      { seq: 14, kind: 'answer', text: 'We fled in Hamal 1398.', at: '2026-11-18T09:12:00Z' },
      { seq: 15, kind: 'answer', text: '   ', at: '2026-11-18T09:12:30Z' },
    ]);
    expect(list.map((e) => e.seq)).toEqual([14, 13, 12]);
  });
});

describe('RecordView with a cited source', () => {
  it('shows the cited document, a link to the passage and the note', () => {
    render(
      <RecordView
        entries={[
          ...ENTRIES,
          {
            seq: 14,
            kind: 'coi_reference',
            at: '2026-11-18T09:13:00Z',
            passage_id: 'coi-abc-p00007',
            document_id: 'coi-abc',
            document_title: 'Afghanistan 2024 Human Rights Report',
            document_source: 'U.S. Department of State',
            document_date: '2025-01-01',
            ref: 13,
            text: 'Read with the account',
          },
        ]}
        pending={[]}
      />,
    );
    expect(screen.getByText('Source')).toBeTruthy();
    expect(screen.getByText(/Cited source: Afghanistan 2024 Human Rights Report \(U\.S\. Department of State, 2025-01-01\)/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Passage coi-abc-p00007' }).getAttribute('href')).toBe(
      '/coi/documents/coi-abc#coi-abc-p00007',
    );
    expect(screen.getByText('Set beside entry #13.')).toBeTruthy();
    expect(screen.getByText('Read with the account')).toBeTruthy();
  });
});
