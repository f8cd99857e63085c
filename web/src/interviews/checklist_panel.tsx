import { useEffect, useRef, useState } from 'preact/hooks';
import { focusWhenPresent } from '../shortcuts';
import { formatTimeOfDay } from '../format';
import { t } from '../i18n';
import type { QueuedEntry } from './entry_queue';
import { checklistItemText } from './entry_text';
import type { EntryInput, RecordEntry } from './interview_api';

interface ChecklistProps {
  id: string;
  title: string;
  items: readonly string[];
  /** Items the server still counts as open (from the overview). */
  open: readonly string[];
  /** The entry that resolved each item, from the record. */
  resolved: Map<string, RecordEntry>;
  pending: QueuedEntry[];
  disabled: boolean;
  onRecord: (entry: EntryInput) => void;
}

const doneButtonId = (item: string) => `check-done-${item.replace(/\./g, '-')}`;

/**
 * A checklist of the charter (the opening CH-3, or the closing CH-6/CH-12):
 * each item is confirmed ("Done") or marked not applicable with a reason.
 * After an item, focus moves on to the next open one, so the list can be
 * worked through with Enter alone.
 */
export function ChecklistPanel({ id, title, items, open, resolved, pending, disabled, onRecord }: ChecklistProps) {
  const [asking, setAsking] = useState<string | null>(null);
  const waiting = new Set(
    pending.filter((p) => p.entry.kind === 'checklist' && p.entry.item).map((p) => p.entry.item as string),
  );
  const isResolved = (item: string) => resolved.has(item) || !open.includes(item);
  const doneCount = items.filter(isResolved).length;

  const focusNext = (after: string) => {
    const rest = items.slice(items.indexOf(after) + 1).filter((item) => !isResolved(item) && !waiting.has(item));
    if (rest.length > 0) focusWhenPresent(doneButtonId(rest[0]));
  };

  return (
    <section class="side-panel checklist-panel" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>
        {title}{' '}
        <span class={`progress${doneCount === items.length ? ' progress-complete' : ''}`}>
          {t('room.checklist.progress', { done: doneCount, total: items.length })}
        </span>
      </h2>
      <ol class="checklist">
        {items.map((item) => {
          const entry = resolved.get(item);
          const labelId = `check-label-${item.replace(/\./g, '-')}`;
          const state = isResolved(item) ? 'resolved' : waiting.has(item) ? 'waiting' : 'open';
          return (
            <li key={item} class={`check check-${state}`} data-item={item}>
              <span class="check-code">{item}</span>
              <span class="check-label" id={labelId}>
                {checklistItemText(item)}
              </span>
              <span class="check-state">
                {state === 'resolved' && (
                  <span class={entry?.status === 'not_applicable' ? 'check-na' : 'check-done'}>
                    {entry?.status === 'not_applicable'
                      ? t('room.checklist.resolvedNA', { reason: entry.text ?? '' })
                      : t('room.checklist.resolvedDone', { time: entry ? formatTimeOfDay(entry.at).slice(0, 5) : '' })}
                  </span>
                )}
                {state === 'waiting' && <span class="muted">{t('room.checklist.waiting')}</span>}
                {state === 'open' && asking !== item && (
                  <>
                    <button
                      type="button"
                      id={doneButtonId(item)}
                      class="button button-small button-secondary"
                      disabled={disabled}
                      aria-describedby={labelId}
                      onClick={() => {
                        onRecord({ kind: 'checklist', item, status: 'done' });
                        focusNext(item);
                      }}
                    >
                      {t('room.checklist.done')}
                    </button>
                    <button
                      type="button"
                      class="button button-small button-quiet"
                      disabled={disabled}
                      aria-describedby={labelId}
                      onClick={() => setAsking(item)}
                    >
                      {t('room.checklist.notApplicable')}
                    </button>
                  </>
                )}
              </span>
              {state === 'open' && asking === item && (
                <ReasonForm
                  item={item}
                  onCancel={() => {
                    setAsking(null);
                    focusWhenPresent(doneButtonId(item));
                  }}
                  onRecord={(reason) => {
                    setAsking(null);
                    onRecord({ kind: 'checklist', item, status: 'not_applicable', text: reason });
                    focusNext(item);
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ReasonForm({ item, onCancel, onRecord }: { item: string; onCancel: () => void; onRecord: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const inputId = `check-reason-${item.replace(/\./g, '-')}`;
  return (
    <form
      class="reason-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setError(true);
          return;
        }
        onRecord(reason);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label for={inputId}>{t('room.checklist.reason', { item })}</label>
      {error && (
        <p class="field-error" id={`${inputId}-error`}>
          {t('room.checklist.needReason')}
        </p>
      )}
      <div class="inline-row">
        <input
          id={inputId}
          dir="auto"
          value={reason}
          ref={input}
          onInput={(e) => setReason(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          autocomplete="off"
        />
        <button type="submit" class="button button-small button-primary">
          {t('room.checklist.record')}
        </button>
        <button type="button" class="button button-small button-quiet" onClick={onCancel}>
          {t('room.cancel')}
        </button>
      </div>
    </form>
  );
}
