import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_QUERY, documentPath, searchCoi, type CoiHit } from '../coi/coi_api';
import { Snippet } from '../coi/snippet';
import { t, type MessageKey } from '../i18n';
import type { EntryInput, RecordEntry } from './interview_api';
import { compareWithSources, type ComparedStatement, type CompareSource } from './room_coi_api';
import './room_coi_panel.css';

const SEARCH_LIMIT = 5;
const TYPED = 'typed';

/** Alt+S opens (or closes) the panel from anywhere in the room; Chromium keeps no Alt+S. */
export function isCoiPanelKey(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>) {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyS';
}

/** The answers (and other declarations) the officer may set beside the sources, newest first. */
export function comparableEntries(entries: RecordEntry[]): RecordEntry[] {
  return entries
    .filter((e) => (e.kind === 'answer' || e.kind === 'question' || e.kind === 'remark' || e.kind === 'observation') && !!e.text?.trim())
    .sort((a, b) => (a.kind === 'answer' ? 0 : 1) - (b.kind === 'answer' ? 0 : 1) || b.seq - a.seq);
}

function shorten(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * The room's country-information side panel (AS-1, AS-5, CH-2.1): the library's search, and an
 * answer set beside the COI passages on the places, organisations and time it names. It shows
 * sources and never a verdict; "Attach as cited source" records a coi_reference entry through
 * the room's offline-safe queue (`onRecord`).
 */
export function RoomCoiPanel({
  interviewId,
  entries,
  canAttach,
  onRecord,
  onCompared,
}: {
  interviewId: string;
  entries: RecordEntry[];
  /** False before the start and after the end: the record takes no entry then. */
  canAttach: boolean;
  onRecord: (entry: EntryInput) => void;
  /** Each comparison's statements, for the room's dictation vocabulary (issue 7). */
  onCompared?: (statements: ComparedStatement[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const [attached, setAttached] = useState<string | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCoiPanelKey(event)) return;
      event.preventDefault();
      setOpen((was) => !was);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  const attach = (hit: CoiHit, besideSeq: number | null) => {
    // The document's fields let the record show the citation at once, even while it waits in the
    // offline queue; the server replaces them with the library's own when it records the entry.
    const entry: EntryInput = {
      kind: 'coi_reference',
      passage_id: hit.passage_id,
      document_id: hit.document_id,
      document_title: hit.title,
      document_source: hit.source,
      document_date: hit.date,
    };
    if (besideSeq !== null) entry.ref = besideSeq;
    if (note.trim()) entry.text = note.trim();
    onRecord(entry);
    setNote('');
    setAttached(t('roomCoi.attached', { title: hit.title }));
  };

  return (
    <section class="side-panel room-coi" aria-labelledby="room-coi-heading" id="room-coi">
      <h2 id="room-coi-heading">
        <button
          type="button"
          class="panel-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="room-coi-body"
          aria-keyshortcuts="Alt+S"
          title={t('roomCoi.show')}
          onClick={() => setOpen(!open)}
        >
          {t('roomCoi.title')}
        </button>
      </h2>
      <div id="room-coi-body" hidden={!open}>
        {open && (
          <>
            <p class="muted room-coi-principle">{t('roomCoi.principle')}</p>
            <p role="status" class="room-coi-attached" id="room-coi-attached">
              {attached ?? ''}
            </p>
            <div class="field">
              <label for="room-coi-note">{t('roomCoi.note')}</label>
              <input id="room-coi-note" type="text" value={note} maxLength={500} onInput={(e) => setNote(e.currentTarget.value)} />
            </div>
            <CompareSection interviewId={interviewId} entries={entries} canAttach={canAttach} onAttach={attach} onCompared={onCompared} />
            <SearchSection inputRef={searchRef} canAttach={canAttach} onAttach={(hit) => attach(hit, null)} />
          </>
        )}
      </div>
    </section>
  );
}

type Attach = (hit: CoiHit, besideSeq: number | null) => void;

function CompareSection({
  interviewId,
  entries,
  canAttach,
  onAttach,
  onCompared,
}: {
  interviewId: string;
  entries: RecordEntry[];
  canAttach: boolean;
  onAttach: Attach;
  onCompared?: (statements: ComparedStatement[]) => void;
}) {
  const choices = comparableEntries(entries);
  const [choice, setChoice] = useState<string>(() => (choices[0] ? String(choices[0].seq) : TYPED));
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null; statements: ComparedStatement[] | null; seq: number | null }>({
    busy: false,
    error: null,
    statements: null,
    seq: null,
  });
  // A newer answer becomes the default until the officer picks something else.
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current && choices[0]) setChoice(String(choices[0].seq));
  }, [choices[0]?.seq]);

  const run = async (event: Event) => {
    event.preventDefault();
    const seq = choice === TYPED ? null : Number(choice);
    const source: CompareSource = seq === null ? { text: typed } : { interviewId, seq };
    setState({ busy: true, error: null, statements: null, seq });
    try {
      const found = await compareWithSources(source);
      setState({ busy: false, error: null, statements: found.statements, seq });
      onCompared?.(found.statements);
    } catch (error) {
      setState({ busy: false, error: (error as Error).message, statements: null, seq });
    }
  };

  return (
    <form class="room-coi-compare" onSubmit={run} aria-labelledby="room-coi-compare-heading">
      <h3 id="room-coi-compare-heading">{t('roomCoi.compare')}</h3>
      <div class="field">
        <label for="room-coi-what">{t('roomCoi.compareWhat')}</label>
        <select
          id="room-coi-what"
          value={choice}
          onChange={(e) => {
            touched.current = true;
            setChoice(e.currentTarget.value);
          }}
        >
          {choices.map((e) => (
            <option key={e.seq} value={String(e.seq)}>
              {t('roomCoi.entryOption', { seq: e.seq, text: shorten(e.text ?? '') })}
            </option>
          ))}
          <option value={TYPED}>{t('roomCoi.typed')}</option>
        </select>
      </div>
      {choice === TYPED && (
        <div class="field">
          <label for="room-coi-text">{t('roomCoi.typedText')}</label>
          <textarea id="room-coi-text" dir="auto" rows={3} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
      )}
      <button type="submit" class="button button-small" disabled={state.busy}>
        {t('roomCoi.compareButton')}
      </button>
      <div aria-live="polite">
        {state.busy && <p role="status">{t('roomCoi.comparing')}</p>}
        {state.error && (
          <p class="notice notice-error" role="alert">
            {state.error}
          </p>
        )}
        {state.statements && state.statements.length === 0 && <p class="muted">{t('roomCoi.noStatements')}</p>}
        {state.statements?.map((s, i) => (
          <StatementView key={i} statement={s} canAttach={canAttach} onAttach={(hit) => onAttach(hit, state.seq)} />
        ))}
      </div>
    </form>
  );
}

function StatementView({
  statement,
  canAttach,
  onAttach,
}: {
  statement: ComparedStatement;
  canAttach: boolean;
  onAttach: (hit: CoiHit) => void;
}) {
  const s = statement;
  return (
    <article class="coi-statement">
      <h4 class="coi-caption">{s.caption || t('roomCoi.nothingToLookUp')}</h4>
      <blockquote class="coi-statement-text" dir="auto">
        {s.text}
      </blockquote>
      <dl class="coi-found">
        {s.places.length > 0 && (
          <>
            <dt>{t('roomCoi.places')}</dt>
            <dd>{s.places.map((p) => `${p.matched} (${p.name}, ${p.country})`).join(' · ')}</dd>
          </>
        )}
        {s.actors.length > 0 && (
          <>
            <dt>{t('roomCoi.actors')}</dt>
            <dd>{s.actors.map((a) => (a.matched === a.name ? a.name : `${a.matched} (${a.name})`)).join(' · ')}</dd>
          </>
        )}
        {s.periods.length > 0 && (
          <>
            <dt>{t('roomCoi.periods')}</dt>
            <dd>{s.periods.map((p) => t('roomCoi.period', { matched: p.matched, from: p.from, to: p.to })).join(' · ')}</dd>
          </>
        )}
      </dl>
      {s.caption && s.passages.length === 0 && <p class="muted">{t('roomCoi.noPassages')}</p>}
      {s.passages.length > 0 && (
        <ol class="plain-list coi-passages">
          {s.passages.map((p) => (
            <PassageView key={p.passage_id} hit={p} why={p.time_match} canAttach={canAttach} onAttach={onAttach} />
          ))}
        </ol>
      )}
    </article>
  );
}

function PassageView({
  hit,
  why,
  canAttach,
  onAttach,
}: {
  hit: CoiHit;
  why?: string;
  canAttach: boolean;
  onAttach: (hit: CoiHit) => void;
}) {
  const reason = why === 'year_in_text' || why === 'publication' ? t(`roomCoi.time.${why}` as MessageKey) : '';
  return (
    <li class="coi-passage" data-passage-id={hit.passage_id}>
      <p class="coi-passage-title">
        <strong>{hit.title}</strong>
        <span class="muted">
          {' '}
          — {[hit.source, hit.date, hit.country].filter(Boolean).join(', ')}
          {reason && ` · ${reason}`}
        </span>
      </p>
      {hit.heading && <p class="muted coi-heading">{hit.heading}</p>}
      <Snippet html={hit.snippet} />
      <p class="coi-passage-actions">
        <a
          href={documentPath(hit.document_id, hit.passage_id)}
          target="_blank"
          rel="noopener"
          aria-label={t('roomCoi.openLabel', { title: hit.title })}
        >
          {t('roomCoi.open')}
        </a>{' '}
        <button
          type="button"
          class="button button-small button-secondary"
          disabled={!canAttach}
          title={canAttach ? undefined : t('roomCoi.cannotAttach')}
          aria-label={t('roomCoi.attachLabel', { title: hit.title })}
          onClick={() => onAttach(hit)}
        >
          {t('roomCoi.attach')}
        </button>
      </p>
    </li>
  );
}

function SearchSection({
  inputRef,
  canAttach,
  onAttach,
}: {
  inputRef: { current: HTMLInputElement | null };
  canAttach: boolean;
  onAttach: (hit: CoiHit) => void;
}) {
  const [q, setQ] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null; hits: CoiHit[] | null; total: number }>({
    busy: false,
    error: null,
    hits: null,
    total: 0,
  });
  const run = async (event: Event) => {
    event.preventDefault();
    if (!q.trim()) return;
    setState({ busy: true, error: null, hits: null, total: 0 });
    try {
      const found = await searchCoi({ ...EMPTY_QUERY, q });
      setState({ busy: false, error: null, hits: found.results.slice(0, SEARCH_LIMIT), total: found.total });
    } catch (error) {
      setState({ busy: false, error: (error as Error).message, hits: null, total: 0 });
    }
  };
  return (
    <form class="room-coi-search" role="search" onSubmit={run}>
      <div class="field">
        <label id="room-coi-search-label" for="room-coi-q">
          {t('roomCoi.search')}
        </label>
        <input id="room-coi-q" type="search" ref={inputRef} value={q} dir="auto" onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button button-small" disabled={state.busy}>
        {t('roomCoi.searchButton')}
      </button>
      <div aria-live="polite">
        {state.busy && <p role="status">{t('roomCoi.searching')}</p>}
        {state.error && (
          <p class="notice notice-error" role="alert">
            {state.error}
          </p>
        )}
        {state.hits && state.hits.length === 0 && <p class="muted">{t('roomCoi.noHits')}</p>}
        {state.hits && state.hits.length > 0 && (
          <>
            <p class="muted">{t('roomCoi.searchCount', { shown: state.hits.length, total: state.total })}</p>
            <ol class="plain-list coi-passages">
              {state.hits.map((hit) => (
                <PassageView key={hit.passage_id} hit={hit} canAttach={canAttach} onAttach={onAttach} />
              ))}
            </ol>
          </>
        )}
      </div>
    </form>
  );
}
