import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t, type MessageKey } from '../i18n';
import { themeLabel } from './entry_editor';
import { THEMES, savePreparation, type PreparationInput, type PreparationPlan } from './interview_api';

interface Row {
  /** The server's id; new questions have none until saved. */
  id?: string;
  key: number;
  text: string;
  theme: string;
}

let nextKey = 1;

/** A plan as the editor's values. */
function toRows(plan: PreparationPlan): Row[] {
  return plan.crucial_questions.map((q) => ({ id: q.id, key: nextKey++, text: q.text, theme: q.theme }));
}

/** The values as the PUT body; a question left empty is not sent. */
export function toPreparationInput(
  flags: string[],
  themeNotes: Record<string, string>,
  rows: Row[],
  notes: string,
): PreparationInput {
  const notesByTheme: Record<string, string> = {};
  for (const [theme, text] of Object.entries(themeNotes)) if (text.trim() !== '') notesByTheme[theme] = text;
  return {
    flags,
    theme_notes: notesByTheme,
    crucial_questions: rows
      .filter((row) => row.text.trim() !== '')
      .map((row) => ({ ...(row.id ? { id: row.id } : {}), text: row.text, theme: row.theme })),
    notes,
  };
}

export function flagLabel(flag: string): string {
  const key = `prep.flag.${flag}` as MessageKey;
  const label = t(key);
  return label === key ? flag : label;
}

/**
 * The interview's preparation (CH-2.1–2.3), editable until it ends: flags,
 * notes by theme, the crucial questions (which questions and answers can be
 * tagged with) and free notes. Collapsed by default.
 */
export function PreparationPanel({
  interviewId,
  plan,
  ended,
  onSaved,
}: {
  interviewId: string;
  plan: PreparationPlan | null;
  ended: boolean;
  onSaved: (plan: PreparationPlan) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section class="side-panel" aria-labelledby="prep-heading" id="preparation">
      <h2 id="prep-heading">
        <button
          type="button"
          class="panel-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="prep-body"
          onClick={() => setOpen(!open)}
        >
          {t('prep.title')}
        </button>{' '}
        {plan && <span class="progress">{t('prep.crucialCount', { count: plan.crucial_questions.length })}</span>}
      </h2>
      <div id="prep-body" hidden={!open}>
        {open && !plan && <p class="muted">{t('prep.unavailable')}</p>}
        {open && plan && <PreparationForm interviewId={interviewId} plan={plan} ended={ended} onSaved={onSaved} />}
      </div>
    </section>
  );
}

function PreparationForm({
  interviewId,
  plan,
  ended,
  onSaved,
}: {
  interviewId: string;
  plan: PreparationPlan;
  ended: boolean;
  onSaved: (plan: PreparationPlan) => void;
}) {
  const [flags, setFlags] = useState<string[]>(plan.flags);
  const [themeNotes, setThemeNotes] = useState<Record<string, string>>(plan.theme_notes);
  const [rows, setRows] = useState<Row[]>(() => toRows(plan));
  const [notes, setNotes] = useState(plan.notes);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => setRows(toRows(plan)), [plan]);

  const themes = plan.themes.length > 0 ? plan.themes : [...THEMES];
  const updateRow = (key: number, change: Partial<Row>) =>
    setRows((old) => old.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const saved = await savePreparation(interviewId, toPreparationInput(flags, themeNotes, rows, notes), plan);
      onSaved(saved);
      setMessage({ tone: 'success', text: t('prep.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: t('prep.saveFailed', { detail: error instanceof ApiError ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="prep-form" noValidate onSubmit={submit}>
      <fieldset class="radio-stack" disabled={ended}>
        <legend>{t('prep.flags')}</legend>
        {plan.available_flags.map((flag) => (
          <div class="checkbox" key={flag}>
            <input
              type="checkbox"
              id={`prep-flag-${flag}`}
              checked={flags.includes(flag)}
              onChange={(e) =>
                setFlags((old) => (e.currentTarget.checked ? [...old, flag] : old.filter((f) => f !== flag)))
              }
            />
            <label for={`prep-flag-${flag}`}>{flagLabel(flag)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset class="radio-stack" disabled={ended}>
        <legend>{t('prep.crucial')}</legend>
        <ol class="prep-questions">
          {rows.map((row, index) => (
            <li key={row.key}>
              <div class="field-stack">
                <label for={`prep-q-${row.key}`}>{t('prep.question', { n: index + 1 })}</label>
                <textarea
                  id={`prep-q-${row.key}`}
                  rows={2}
                  dir="auto"
                  value={row.text}
                  onInput={(e) => updateRow(row.key, { text: e.currentTarget.value })}
                />
              </div>
              <div class="field-stack">
                <label for={`prep-q-theme-${row.key}`}>{t('prep.questionTheme', { n: index + 1 })}</label>
                <select
                  id={`prep-q-theme-${row.key}`}
                  value={row.theme}
                  onChange={(e) => updateRow(row.key, { theme: e.currentTarget.value })}
                >
                  {themes.map((theme) => (
                    <option key={theme} value={theme}>
                      {themeLabel(theme)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                class="button button-small button-quiet"
                onClick={() => setRows((old) => old.filter((r) => r.key !== row.key))}
              >
                {t('prep.remove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="button button-small button-secondary"
          onClick={() => setRows((old) => [...old, { key: nextKey++, text: '', theme: themes[0] }])}
        >
          {t('prep.add')}
        </button>
      </fieldset>
      <fieldset class="radio-stack" disabled={ended}>
        <legend>{t('prep.themeNotes')}</legend>
        {themes.map((theme) => (
          <div class="field-stack" key={theme}>
            <label for={`prep-note-${theme}`}>{themeLabel(theme)}</label>
            <textarea
              id={`prep-note-${theme}`}
              rows={2}
              dir="auto"
              value={themeNotes[theme] ?? ''}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setThemeNotes((old) => ({ ...old, [theme]: value }));
              }}
            />
          </div>
        ))}
      </fieldset>
      <div class="field-stack">
        <label for="prep-notes">{t('prep.notes')}</label>
        <textarea id="prep-notes" rows={3} dir="auto" value={notes} onInput={(e) => setNotes(e.currentTarget.value)} disabled={ended} />
      </div>
      {message && (
        <p class={message.tone === 'error' ? 'field-error' : 'progress-complete'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {ended ? (
        <p class="muted">{t('prep.ended')}</p>
      ) : (
        <button type="submit" class="button button-small button-primary" disabled={busy}>
          {busy ? t('prep.saving') : t('prep.save')}
        </button>
      )}
    </form>
  );
}
