import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useDebounced } from '../hooks';
import { currentLocale, t, type MessageKey } from '../i18n';
import { entryLabel } from './entry_text';
import {
  REMARK_BY,
  THEMES,
  questionHints,
  type CrucialQuestion,
  type EntryInput,
  type QuestionHint,
  type RecordEntry,
  type RemarkBy,
  type Theme,
} from './interview_api';
import { KIND_SHORTCUTS } from './room_keys';
import { DictationButton } from './dictation_button';
import { appendDictation } from './dictation_audio';
import { EDITOR_KINDS, correctableEntries, type EditorKind } from './room_state';

export const EDITOR_TEXT_ID = 'entry-text';

/** What is being typed; kept by the page, so that a refused entry can be put back. */
export interface Draft {
  kind: EditorKind;
  text: string;
  by: RemarkBy;
  /** correction: the seq of the entry it corrects. */
  ref: number | null;
  /** question/answer: the theme it belongs to and the plan's crucial question (kept until changed). */
  theme: Theme | null;
  crucial: string | null;
}

export function emptyDraft(kind: EditorKind = 'question'): Draft {
  return { kind, text: '', by: 'lawyer', ref: null, theme: null, crucial: null };
}

/** The entry to send for a draft, or the message saying what is missing. Text goes as typed. */
export function draftToEntry(draft: Draft): { entry: EntryInput } | { error: string } {
  if (draft.text.trim() === '') return { error: t('room.needText') };
  switch (draft.kind) {
    case 'remark':
      return { entry: { kind: 'remark', by: draft.by, text: draft.text } };
    case 'correction':
      if (draft.ref === null) return { error: t('room.editor.noRef') };
      return { entry: { kind: 'correction', ref: draft.ref, text: draft.text } };
    case 'question':
    case 'answer':
      return {
        entry: {
          kind: draft.kind,
          text: draft.text,
          ...(draft.theme ? { theme: draft.theme } : {}),
          ...(draft.crucial ? { crucial: draft.crucial } : {}),
        },
      };
    default:
      return { entry: { kind: draft.kind, text: draft.text } };
  }
}

/** The languages the CH-8 hint rules exist for; others get the English rules. */
const HINT_LANGUAGES = new Set(['en', 'fr', 'nl']);

/** CH-8 hints for the question being typed: asked ~300 ms after typing stops, never blocking. */
function useQuestionHints(text: string, enabled: boolean): QuestionHint[] {
  const settled = useDebounced(text, 300);
  const [hints, setHints] = useState<QuestionHint[]>([]);
  useEffect(() => {
    if (!enabled || settled.trim() === '') {
      setHints([]);
      return undefined;
    }
    const controller = new AbortController();
    const language = HINT_LANGUAGES.has(currentLocale()) ? currentLocale() : 'en';
    questionHints(settled, language, controller.signal).then(
      (found) => !controller.signal.aborted && setHints(found),
      () => undefined, // Hints are advice: offline or failing, the editor goes on without them.
    );
    return () => controller.abort();
  }, [settled, enabled]);
  return enabled && text.trim() !== '' ? hints : [];
}

interface EditorProps {
  draft: Draft;
  onDraft: (change: Partial<Draft>) => void;
  entries: RecordEntry[];
  disabledReason: string | null;
  error: string | null;
  onSubmit: () => void;
  textRef: Ref<HTMLTextAreaElement>;
  /** The plan's crucial questions, to tag questions and answers with. */
  crucialQuestions?: CrucialQuestion[];
  /** The case's own words (names) for dictation. */
  vocabulary?: string[];
}

/** The entry editor: the kind switch, the text (any script, as typed), the CH-8 hints. */
export function EntryEditor({ draft, onDraft, entries, disabledReason, error, onSubmit, textRef, crucialQuestions = [], vocabulary = [] }: EditorProps) {
  const hints = useQuestionHints(draft.text, draft.kind === 'question');
  const disabled = disabledReason !== null;
  const kindName = t(`room.kind.${draft.kind}` as MessageKey);
  const refs = draft.kind === 'correction' ? correctableEntries(entries) : [];
  const describedBy = ['entry-keys', error ? 'entry-error' : '', hints.length ? 'entry-hints' : ''].filter(Boolean).join(' ');

  // A correction points at the newest correctable entry unless one was picked.
  useEffect(() => {
    if (draft.kind === 'correction' && draft.ref === null && refs.length > 0) onDraft({ ref: refs[0].seq });
  }, [draft.kind, draft.ref, refs.length]);

  function submit(event: Event) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form class={`editor editor-${draft.kind}`} onSubmit={submit} aria-labelledby="editor-heading" noValidate>
      <h2 id="editor-heading" class="visually-hidden">
        {t('room.editor')}
      </h2>
      <fieldset class="kind-switch" disabled={disabled}>
        <legend class="visually-hidden">{t('room.editor.kind')}</legend>
        {EDITOR_KINDS.map((kind) => (
          <label key={kind} class={`kind-option kind-${kind}${draft.kind === kind ? ' kind-selected' : ''}`} title={KIND_SHORTCUTS[kind]}>
            <input
              type="radio"
              name="entry-kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => onDraft({ kind })}
              aria-keyshortcuts={KIND_SHORTCUTS[kind]}
            />
            <span>{t(`room.kind.${kind}` as MessageKey)}</span>
            <kbd aria-hidden="true">{KIND_SHORTCUTS[kind]}</kbd>
          </label>
        ))}
      </fieldset>
      {draft.kind === 'remark' && (
        <div class="editor-extra">
          <label for="entry-by">{t('room.editor.by')}</label>
          <select id="entry-by" value={draft.by} onChange={(e) => onDraft({ by: e.currentTarget.value as RemarkBy })} disabled={disabled}>
            {REMARK_BY.map((by) => (
              <option key={by} value={by}>
                {t(`room.participant.${by}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'correction' && (
        <div class="editor-extra">
          <label for="entry-ref">{t('room.editor.ref')}</label>
          {refs.length === 0 ? (
            <span class="muted">{t('room.editor.noRef')}</span>
          ) : (
            <select
              id="entry-ref"
              // Until the effect above has stored the default, show it: no blank frame.
              value={String(draft.ref ?? refs[0].seq)}
              onChange={(e) => onDraft({ ref: Number(e.currentTarget.value) })}
              disabled={disabled}
            >
              {refs.map((entry) => (
                <option key={entry.seq} value={String(entry.seq)}>
                  #{entry.seq} {entryLabel(entry)}: {abbreviate(entry.text ?? '')}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {(draft.kind === 'question' || draft.kind === 'answer') && (
        <TagRow draft={draft} onDraft={onDraft} crucialQuestions={crucialQuestions} disabled={disabled} />
      )}
      <div class="editor-row">
        <div class="editor-text">
          <label for={EDITOR_TEXT_ID} class="editor-label">
            {kindName}
          </label>
          <textarea
            id={EDITOR_TEXT_ID}
            ref={textRef}
            dir="auto"
            rows={3}
            value={draft.text}
            onInput={(e) => onDraft({ text: e.currentTarget.value })}
            disabled={disabled}
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
            aria-keyshortcuts="Control+Enter Control+Space"
          />
          {error && (
            <p id="entry-error" class="field-error">
              {error}
            </p>
          )}
        </div>
        <div class="hints" id="entry-hints" aria-live="polite">
          {hints.length > 0 && (
            <>
              <h3 class="hints-title">{t('room.editor.hints')}</h3>
              <ul>
                {hints.map((hint, index) => (
                  <li key={`${hint.kind}-${index}`} class={`hint-item hint-${hint.kind}`}>
                    <strong>{hintKindName(hint.kind)}</strong> <span class="muted">{hint.rule}</span>
                    <br />
                    {hint.message}
                    {hint.match && (
                      <>
                        {' '}
                        <q dir="auto" class="hint-match">
                          {hint.match}
                        </q>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <div class="editor-actions">
        <button type="submit" class="button button-primary" disabled={disabled} aria-keyshortcuts="Control+Enter">
          {t('room.editor.submit', { kind: t(`room.kindLower.${draft.kind}` as MessageKey) })}
        </button>
        <DictationButton onText={(text) => onDraft({ text: appendDictation(draft.text, text) })} disabled={disabled} vocabulary={vocabulary} />
        <span id="entry-keys" class="muted keys-hint">
          {disabledReason ?? t('room.editor.keys')}
        </span>
      </div>
    </form>
  );
}

function hintKindName(kind: string): string {
  const known = ['multiple_questions', 'leading', 'judging', 'too_long', 'jargon'];
  return known.includes(kind) ? t(`room.hint.${kind}` as MessageKey) : kind;
}

function abbreviate(text: string, max = 60): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Theme (Alt+1…4, Alt+0 none) and crucial question (Alt+K cycles) of the question or answer. */
function TagRow({
  draft,
  onDraft,
  crucialQuestions,
  disabled,
}: {
  draft: Draft;
  onDraft: (change: Partial<Draft>) => void;
  crucialQuestions: CrucialQuestion[];
  disabled: boolean;
}) {
  return (
    <div class="editor-extra tag-row">
      <label for="entry-theme">{t('room.tag.theme')}</label>
      <select
        id="entry-theme"
        value={draft.theme ?? ''}
        onChange={(e) => onDraft({ theme: (e.currentTarget.value || null) as Theme | null })}
        disabled={disabled}
        aria-keyshortcuts="Alt+1 Alt+2 Alt+3 Alt+4 Alt+0"
        title="Alt+1…4, Alt+0"
      >
        <option value="">{t('room.tag.none')}</option>
        {THEMES.map((theme, index) => (
          <option key={theme} value={theme}>
            {t('room.tag.themeOption', { theme: themeLabel(theme), key: index + 1 })}
          </option>
        ))}
      </select>
      <label for="entry-crucial">{t('room.tag.crucial')}</label>
      <select
        id="entry-crucial"
        value={draft.crucial ?? ''}
        onChange={(e) => onDraft({ crucial: e.currentTarget.value || null })}
        disabled={disabled || crucialQuestions.length === 0}
        aria-keyshortcuts="Alt+K"
        title="Alt+K"
      >
        <option value="">{crucialQuestions.length === 0 ? t('room.tag.noCrucial') : t('room.tag.none')}</option>
        {crucialQuestions.map((q) => (
          <option key={q.id} value={q.id}>
            {abbreviate(q.text)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A theme's name for people; an unknown theme is shown as the server spells it. */
export function themeLabel(theme: string): string {
  const key = `room.theme.${theme}` as MessageKey;
  const label = t(key);
  return label === key ? theme : label;
}
