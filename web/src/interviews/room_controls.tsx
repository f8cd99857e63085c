import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CompletenessReport } from './completeness_panel';
import { t, type MessageKey } from '../i18n';
import {
  INCIDENTS,
  OUTCOMES,
  reportUrl,
  type EntryInput,
  type Incident,
  type InterviewOverview,
  type Outcome,
} from './interview_api';

interface ControlsProps {
  overview: InterviewOverview;
  onRecord: (entry: EntryInput) => void;
}

/**
 * The interview's course: start, breaks (CH-11.1), the one extension
 * (CH-11.2), a warning (CH-5.2), an incident (CH-5) and the end. The forms
 * that need more than a click open as disclosures, so the panel stays short.
 */
export function RoomControls({ overview, onRecord }: ControlsProps) {
  const { status } = overview;
  if (status === 'ended') {
    return (
      <section class="side-panel" aria-labelledby="controls-heading">
        <h2 id="controls-heading">{t('room.controls')}</h2>
        <p>{t('room.ended')}</p>
        <p>
          <a href={reportUrl(overview.id)} target="_blank" rel="noopener">
            {t('room.notesEnded')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="side-panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('room.controls')}</h2>
      <div class="control-row">
        {status === 'planned' && (
          <button type="button" class="button button-primary" onClick={() => onRecord({ kind: 'start' })}>
            {t('room.start')}
          </button>
        )}
        {status === 'running' && (
          <button
            type="button"
            class="button button-secondary"
            aria-keyshortcuts="Alt+B"
            title="Alt+B"
            onClick={() => onRecord({ kind: 'break_start' })}
          >
            {t('room.breakStart')} <kbd aria-hidden="true">Alt+B</kbd>
          </button>
        )}
        {status === 'on_break' && (
          <button
            type="button"
            class="button button-primary"
            aria-keyshortcuts="Alt+B"
            title="Alt+B"
            onClick={() => onRecord({ kind: 'break_end' })}
          >
            {t('room.breakEnd')} <kbd aria-hidden="true">Alt+B</kbd>
          </button>
        )}
      </div>
      {status !== 'planned' && (
        <>
          {overview.extension_minutes > 0 ? (
            <p class="muted small">{t('room.extension.done', { minutes: overview.extension_minutes })}</p>
          ) : (
            <Disclosure id="extension" summary={t('room.extension')}>
              <ExtensionForm onRecord={onRecord} />
            </Disclosure>
          )}
          <Disclosure id="warning" summary={t('room.warningForm')}>
            <TextForm
              id="warning-text"
              label={t('room.warningForm.text')}
              submit={t('room.warningForm.submit')}
              onRecord={(text) => onRecord({ kind: 'warning', text })}
            />
          </Disclosure>
          <Disclosure id="incident" summary={t('room.incident')}>
            <IncidentForm onRecord={onRecord} />
          </Disclosure>
          <EndDisclosure interviewId={overview.id} onRecord={onRecord} />
        </>
      )}
    </section>
  );
}

/** The End form, with what is still missing (completeness) checked each time it opens. */
function EndDisclosure({ interviewId, onRecord }: { interviewId: string; onRecord: (entry: EntryInput) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="disclosure" id="disclosure-end" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('room.end')}</summary>
      <div class="disclosure-body">
        {open && <CompletenessReport interviewId={interviewId} idPrefix="end" />}
        <EndForm onRecord={onRecord} />
      </div>
    </details>
  );
}

function Disclosure({ id, summary, children }: { id: string; summary: string; children: ComponentChildren }) {
  return (
    <details class="disclosure" id={`disclosure-${id}`}>
      <summary>{summary}</summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}

/** Closes the disclosure around a form once its entry is queued. */
function closeDisclosure(form: HTMLFormElement) {
  const details = form.closest('details');
  if (details) details.open = false;
}

function ExtensionForm({ onRecord }: { onRecord: (entry: EntryInput) => void }) {
  const [consent, setConsent] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!consent) return setError(t('room.extension.needConsent'));
        if (reason.trim() === '') return setError(t('room.extension.needReason'));
        setError(null);
        onRecord({ kind: 'extension', consent: true, reason });
        setConsent(false);
        setReason('');
        closeDisclosure(event.currentTarget);
      }}
    >
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="checkbox">
        <input id="extension-consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        <label for="extension-consent">{t('room.extension.consent')}</label>
      </div>
      <div class="field-stack">
        <label for="extension-reason">{t('room.extension.reason')}</label>
        <textarea id="extension-reason" rows={2} dir="auto" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button button-small button-primary">
        {t('room.extension.submit')}
      </button>
    </form>
  );
}

function TextForm({ id, label, submit, onRecord }: { id: string; label: string; submit: string; onRecord: (text: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return setError(true);
        setError(false);
        onRecord(text);
        setText('');
        closeDisclosure(event.currentTarget);
      }}
    >
      <div class="field-stack">
        <label for={id}>{label}</label>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {t('room.needText')}
          </p>
        )}
        <textarea
          id={id}
          rows={2}
          dir="auto"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" class="button button-small button-primary">
        {submit}
      </button>
    </form>
  );
}

function IncidentForm({ onRecord }: { onRecord: (entry: EntryInput) => void }) {
  const [incident, setIncident] = useState<Incident>('disruption');
  const [text, setText] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onRecord(text.trim() ? { kind: 'incident', incident, text } : { kind: 'incident', incident });
        setText('');
        closeDisclosure(event.currentTarget);
      }}
    >
      <fieldset class="radio-stack">
        <legend>{t('room.incident.kind')}</legend>
        {INCIDENTS.map((kind) => (
          <div class="radio" key={kind}>
            <input
              type="radio"
              id={`incident-${kind}`}
              name="incident"
              value={kind}
              checked={incident === kind}
              onChange={() => setIncident(kind)}
            />
            <label for={`incident-${kind}`}>{t(`room.incident.${kind}` as MessageKey)}</label>
          </div>
        ))}
      </fieldset>
      <div class="field-stack">
        <label for="incident-text">{t('room.incident.text')}</label>
        <textarea id="incident-text" rows={2} dir="auto" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button button-small button-primary">
        {t('room.incident.submit')}
      </button>
    </form>
  );
}

function EndForm({ onRecord }: { onRecord: (entry: EntryInput) => void }) {
  const [outcome, setOutcome] = useState<Outcome>('completed');
  const [text, setText] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onRecord(text.trim() ? { kind: 'end', outcome, text } : { kind: 'end', outcome });
        closeDisclosure(event.currentTarget);
      }}
    >
      <div class="field-stack">
        <label for="end-outcome">{t('room.end.outcome')}</label>
        <select id="end-outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}>
          {OUTCOMES.map((value) => (
            <option key={value} value={value}>
              {t(`room.end.outcome.${value}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div class="field-stack">
        <label for="end-text">{t('room.end.text')}</label>
        <textarea id="end-text" rows={2} dir="auto" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button button-small button-danger">
        {t('room.end.submit')}
      </button>
    </form>
  );
}
