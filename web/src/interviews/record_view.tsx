import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { documentPath } from '../coi/coi_api';
import { formatTimeOfDay } from '../format';
import { t } from '../i18n';
import { themeLabel } from './entry_editor';
import type { QueuedEntry } from './entry_queue';
import { entryLabel, entrySummary } from './entry_text';
import type { RecordEntry } from './interview_api';
import { correctionsBySeq } from './room_state';

/**
 * The running record: every entry in seq order, then those still waiting to
 * be sent. Questions and answers are told apart by label, weight and indent
 * (CH-7.1); a corrected entry keeps its text and shows its correction beside
 * it, and the correction shows the original (corrections never erase).
 */
export function RecordView({ entries, pending }: { entries: RecordEntry[]; pending: QueuedEntry[] }) {
  const scroller = useRef<HTMLElement>(null);
  const stuck = useRef(true);
  const corrections = correctionsBySeq(entries);
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  const breakStarts = breakStartsByEnd(entries);

  // Follow the newest entry, unless the officer has scrolled up to read.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [entries.length, pending.length]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const onScroll = () => {
      stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    };
    el.addEventListener('scroll', onScroll);
    return () => el.removeEventListener('scroll', onScroll);
  }, []);

  const count = entries.length;
  return (
    <div class="record">
      <h2 id="record-heading" class="record-heading">
        {t('room.record')} <span class="muted record-count">{t('room.record.count', { count })}</span>
      </h2>
      <section class="record-scroll" ref={scroller} tabIndex={0} aria-labelledby="record-heading">
        {count === 0 && pending.length === 0 ? (
          <p class="muted record-empty">{t('room.record.empty')}</p>
        ) : (
          <ol class="record-list">
            {entries.map((entry) => (
              <RecordItem
                key={entry.seq}
                entry={entry}
                corrections={corrections.get(entry.seq)}
                original={entry.ref ? bySeq.get(entry.ref) : undefined}
                breakStart={breakStarts.get(entry.seq)}
              />
            ))}
            {pending.map((item) => (
              <PendingItem key={`q${item.key}`} item={item} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** For each break_end, the break_start it closes (CH-11.1: start and end of every break). */
function breakStartsByEnd(entries: RecordEntry[]): Map<number, RecordEntry> {
  const map = new Map<number, RecordEntry>();
  let open: RecordEntry | undefined;
  for (const entry of entries) {
    if (entry.kind === 'break_start') open = entry;
    if (entry.kind === 'break_end' && open) {
      map.set(entry.seq, open);
      open = undefined;
    }
  }
  return map;
}

function breakSummary(start: RecordEntry, end: RecordEntry): string {
  const minutes = Math.round((Date.parse(end.at) - Date.parse(start.at)) / 60000);
  return t('room.text.breakFromTo', {
    from: formatTimeOfDay(start.at).slice(0, 5),
    to: formatTimeOfDay(end.at).slice(0, 5),
    minutes: Number.isFinite(minutes) ? minutes : '?',
  });
}

function RecordItem({
  entry,
  corrections,
  original,
  breakStart,
}: {
  entry: RecordEntry;
  corrections?: RecordEntry[];
  original?: RecordEntry;
  breakStart?: RecordEntry;
}) {
  const summary = breakStart ? breakSummary(breakStart, entry) : entrySummary(entry);
  const tinted = entry.kind === 'warning' || entry.kind === 'incident';
  return (
    <li class={`entry entry-${entry.kind}${tinted ? ' entry-tinted' : ''}${corrections ? ' entry-corrected' : ''}`} id={`entry-${entry.seq}`} data-seq={entry.seq}>
      <span class="entry-meta">
        <span class="entry-seq">#{entry.seq}</span> <time dateTime={entry.at}>{formatTimeOfDay(entry.at)}</time>
      </span>
      <span class="entry-label">{entryLabel(entry)}</span>
      <div class="entry-body">
        {entry.kind === 'correction' ? (
          <CorrectionBody entry={entry} original={original} />
        ) : entry.kind === 'coi_reference' ? (
          <CitedSourceBody entry={entry} />
        ) : (
          <>
            {summary !== null && <p class="entry-summary">{summary}</p>}
            {entry.text && (
              <p class="entry-text" dir="auto">
                {entry.text}
              </p>
            )}
            <EntryTags entry={entry} />
          </>
        )}
        {corrections?.map((correction) => (
          <p class="entry-correction-note" key={correction.seq}>
            <span class="muted">
              {t('room.record.correctedIn', { seq: correction.seq, time: formatTimeOfDay(correction.at) })}
            </span>{' '}
            <span dir="auto">{correction.text}</span>
          </p>
        ))}
      </div>
    </li>
  );
}

function CorrectionBody({ entry, original }: { entry: RecordEntry; original?: RecordEntry }) {
  return (
    <>
      <p class="entry-summary">{t('room.record.correctionOf', { seq: entry.ref ?? '?' })}</p>
      {original?.text && (
        <p class="entry-original" dir="auto">
          <del>{original.text}</del>
        </p>
      )}
      <p class="entry-summary">{t('room.record.correctedTo')}</p>
      <p class="entry-text" dir="auto">
        {entry.text}
      </p>
    </>
  );
}

/** AS-5: a COI passage cited beside the record, with its document as the library described it. */
function CitedSourceBody({ entry }: { entry: RecordEntry }) {
  const details = [entry.document_source, entry.document_date].filter(Boolean).join(', ');
  return (
    <>
      <p class="entry-summary">
        {t('room.text.citedSource', { title: entry.document_title ?? '' })}
        {details && ` (${details})`}
      </p>
      <p class="entry-cited">
        {entry.document_id && entry.passage_id ? (
          <a href={documentPath(entry.document_id, entry.passage_id)} target="_blank" rel="noopener">
            {t('room.text.citedPassage', { id: entry.passage_id })}
          </a>
        ) : (
          t('room.text.citedPassage', { id: entry.passage_id ?? '' })
        )}
        {typeof entry.ref === 'number' && <span class="muted"> {t('room.text.citedBeside', { seq: entry.ref })}</span>}
      </p>
      {entry.text && (
        <p class="entry-text" dir="auto">
          {entry.text}
        </p>
      )}
    </>
  );
}

function PendingItem({ item }: { item: QueuedEntry }) {
  const entry = item.entry;
  const summary = entrySummary(entry);
  return (
    <li class={`entry entry-${entry.kind} entry-pending`} data-client-id={entry.client_id}>
      <span class="entry-meta">
        <span class="entry-seq">{t('room.record.waiting')}</span>
      </span>
      <span class="entry-label">{entryLabel(entry)}</span>
      <div class="entry-body">
        {summary !== null && <p class="entry-summary">{summary}</p>}
        {entry.text && (
          <p class="entry-text" dir="auto">
            {entry.text}
          </p>
        )}
      </div>
    </li>
  );
}

/** The theme and crucial question a question or answer was tagged with. */
function EntryTags({ entry }: { entry: RecordEntry }) {
  if (!entry.theme && !entry.crucial) return null;
  return (
    <p class="entry-tags">
      {entry.theme && <span class="entry-tag">{t('room.record.theme', { theme: themeLabel(entry.theme) })}</span>}
      {entry.crucial && <span class="entry-tag">{t('room.record.crucial', { id: entry.crucial })}</span>}
    </p>
  );
}
