import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { casePath } from '../router';
import { ChecklistPanel } from './checklist_panel';
import { CompletenessPanel } from './completeness_panel';
import { EDITOR_TEXT_ID, EntryEditor, draftToEntry, emptyDraft, type Draft } from './entry_editor';
import { mergeVocabulary, useCaseVocabulary, useComparisonVocabulary } from './case_vocabulary';
import { checklistItemText } from './entry_text';
import { getPreparation, reportUrl, type EntryInput, type InterviewOverview, type PreparationPlan } from './interview_api';
import { ParticipantsPanel } from './participants_panel';
import { PreparationPanel } from './preparation_panel';
import { RecordView } from './record_view';
import { RoomCoiPanel } from './room_coi_panel';
import { RoomControls } from './room_controls';
import { RoomHeader } from './room_header';
import { nextCrucial, roomKeyAction } from './room_keys';
import { RoomToolsPanel } from './room_tools_panel';
import { CLOSING_ITEMS, OPENING_ITEMS, isEditorKind, resolvedItems, toggledKind } from './room_state';
import { useInterviewRoom, type OpenStore, type Refusal, type Room, type Saved } from './use_room';

/** Drafts survive leaving the room and coming back within the page (not a reload). */
const drafts = new Map<string, Draft>();

/** Forgets every kept draft (on logout, and between tests). */
export function forgetDrafts(): void {
  drafts.clear();
}

/** The interview room: a keyboard-first page for the live interview. */
export function RoomPage({ id, openStore }: { id: string; openStore?: OpenStore }) {
  const room = useInterviewRoom(id, openStore);
  if (room.status !== 'ready' || !room.overview) {
    const code = room.loadError?.status;
    const message =
      room.status === 'loading'
        ? t('room.loading')
        : code === 404
          ? t('room.notFound')
          : code === 403
            ? t('cases.noAccess')
            : t('room.loadFailed', { detail: room.loadError?.message ?? '' });
    return (
      <>
        <PageHeading title={room.status === 'loading' ? t('room.loading') : t('interviews.title')} />
        {room.status === 'loading' ? <p role="status">{message}</p> : <Notice tone="error">{message}</Notice>}
      </>
    );
  }
  return <InterviewRoom id={id} room={room} overview={room.overview} />;
}

function InterviewRoom({ id, room, overview }: { id: string; room: Room; overview: InterviewOverview }) {
  const [draft, setDraft] = useState<Draft>(() => drafts.get(id) ?? emptyDraft());
  const [editorError, setEditorError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [plan, setPlan] = usePreparation(id);
  const caseWords = useCaseVocabulary(overview.case_id);
  const [comparedWords, addComparedWords] = useComparisonVocabulary();
  const vocabulary = useMemo(() => mergeVocabulary(caseWords, comparedWords), [caseWords, comparedWords]);
  const crucial = plan?.crucial_questions ?? [];
  const crucialRef = useRef(crucial);
  crucialRef.current = crucial;

  const updateDraft = (change: Partial<Draft>) => {
    setDraft((old) => {
      const next = { ...old, ...change };
      if (change.kind && change.kind !== old.kind && change.kind !== 'correction') next.ref = null;
      drafts.set(id, next);
      return next;
    });
    if (change.text !== undefined) setEditorError(null);
  };

  const record = (entry: EntryInput) => void room.submit(entry);

  const editorDisabled =
    overview.status === 'planned' ? t('room.editor.notStarted') : overview.status === 'ended' ? t('room.ended') : null;

  const submitDraft = () => {
    if (editorDisabled) return;
    const result = draftToEntry(draftRef.current);
    if ('error' in result) {
      setEditorError(result.error);
      textRef.current?.focus();
      return;
    }
    setEditorError(null);
    void room.submit(result.entry);
    updateDraft({ text: '' });
    textRef.current?.focus();
  };

  // When the state changes (started, break, end) the button that was pressed is gone: the
  // keyboard goes on in the editor rather than at the top of the page.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) textRef.current?.focus();
  }, [overview.status]);

  // A refused declaration goes back into the editor if nothing new has been typed there.
  useEffect(() => {
    const refused = room.refusal?.item.entry;
    if (!refused || !isEditorKind(refused.kind) || !refused.text) return;
    if (draftRef.current.text.trim() !== '') return;
    updateDraft({
      kind: refused.kind,
      text: refused.text,
      ...(refused.by && refused.kind === 'remark' ? { by: refused.by as Draft['by'] } : {}),
      ...(typeof refused.ref === 'number' ? { ref: refused.ref } : {}),
    });
  }, [room.refusal]);

  // The room's keys (room_keys.ts), anywhere on the page, from the moment the room shows.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = roomKeyAction(event);
      if (!action) return;
      if (action.type === 'submit') {
        if ((event.target as HTMLElement | null)?.id !== EDITOR_TEXT_ID) return; // Ctrl+Enter only records the editor.
        event.preventDefault();
        submitDraft();
        return;
      }
      event.preventDefault();
      if (action.type === 'theme') {
        updateDraft({ theme: action.theme });
        return;
      }
      if (action.type === 'crucial') {
        const ids = crucialRef.current.map((q) => q.id);
        updateDraft({ crucial: nextCrucial(ids, draftRef.current.crucial) });
        return;
      }
      if (action.type === 'break') {
        if (overview.status === 'running') record({ kind: 'break_start' });
        else if (overview.status === 'on_break') record({ kind: 'break_end' });
        return;
      }
      const kind = action.type === 'kind' ? action.kind : toggledKind(draftRef.current.kind);
      updateDraft({ kind });
      textRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [overview.status, editorDisabled]);

  const resolved = resolvedItems(room.entries);
  const pending = room.queue.pending;
  const checklistDisabled = overview.status === 'planned' || overview.status === 'ended';

  return (
    <div class="room">
      <RoomHeader overview={overview} fetchedAt={room.fetchedAt} />
      <SendStatus room={room}>
        <p class="room-links">
          <Link href={casePath(String(overview.case_id))}>{t('room.back')}</Link>
          {' · '}
          <a href={reportUrl(id)} target="_blank" rel="noopener" aria-label={t('room.notesLinkLabel')} id="room-notes-link">
            {t('room.notesLink')}
          </a>
        </p>
      </SendStatus>
      {room.refusal && <RefusalNotice refusal={room.refusal} onDismiss={room.dismissRefusal} draftText={draft.text} />}
      {room.warnings.length > 0 && <Warnings warnings={room.warnings} />}
      <div class="room-grid">
        <div class="room-main">
          <RecordView entries={room.entries} pending={pending} />
          <EntryEditor
            draft={draft}
            onDraft={updateDraft}
            entries={room.entries}
            disabledReason={editorDisabled}
            error={editorError}
            onSubmit={submitDraft}
            textRef={textRef}
            crucialQuestions={crucial}
            vocabulary={vocabulary}
          />
        </div>
        <div class="room-side">
          <RoomControls overview={overview} onRecord={record} />
          <PreparationPanel interviewId={id} plan={plan} ended={overview.status === 'ended'} onSaved={setPlan} />
          <ChecklistPanel
            id="opening"
            title={t('room.opening')}
            items={OPENING_ITEMS}
            open={overview.open_opening_items}
            resolved={resolved}
            pending={pending}
            disabled={checklistDisabled}
            onRecord={record}
          />
          <ParticipantsPanel entries={room.entries} pending={pending} disabled={checklistDisabled} onRecord={record} />
          <CompletenessPanel interviewId={id} />
          <ChecklistPanel
            id="closing"
            title={t('room.closing')}
            items={CLOSING_ITEMS}
            open={overview.open_closing_items}
            resolved={resolved}
            pending={pending}
            disabled={checklistDisabled}
            onRecord={record}
          />
          <RoomToolsPanel />
          <RoomCoiPanel
            interviewId={id}
            entries={room.entries}
            canAttach={overview.status === 'running' || overview.status === 'on_break'}
            onRecord={record}
            onCompared={addComparedWords}
          />
        </div>
      </div>
    </div>
  );
}

/** The interview's preparation (its crucial questions, for tagging); null when it cannot be read. */
function usePreparation(id: string): [PreparationPlan | null, (plan: PreparationPlan) => void] {
  const [plan, setPlan] = useState<PreparationPlan | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getPreparation(id, controller.signal).then(
      (found) => !controller.signal.aborted && setPlan(found),
      () => undefined, // Tagging with a crucial question is optional; the room works without the plan.
    );
    return () => controller.abort();
  }, [id]);
  return [plan, setPlan];
}

/** "Saved #12", how many entries wait, and whether the browser is online. */
function SendStatus({ room, children }: { room: Room; children: ComponentChildren }) {
  const waiting = room.queue.pending.length;
  const unreachable = room.queue.lastFailure !== null && room.queue.retrying;
  return (
    <div class="send-status">
      <p role="status" class="saved" id="saved-status">
        {room.lastSaved ? savedText(room.lastSaved) : ''}
      </p>
      <p role="status" class={`queue-state${waiting > 0 ? ' queue-waiting' : ''}`} id="queue-status">
        {waiting === 0
          ? t('room.allSent')
          : waiting === 1
            ? t('room.waitingOne')
            : t('room.waitingMany', { count: waiting })}
      </p>
      <p class={`connection ${room.online && !unreachable ? 'connection-online' : 'connection-offline'}`} id="connection-status">
        {!room.online ? t('room.offline') : unreachable ? t('room.unreachable') : t('room.online')}
      </p>
      {!room.persistent && <p class="connection connection-offline">{t('room.notPersistent')}</p>}
      {children}
    </div>
  );
}

function savedText(saved: Saved): string {
  return saved.replayed ? t('room.savedReplayed', { seq: saved.seq }) : t('room.saved', { seq: saved.seq });
}

/** The server's refusal, plainly: its rule, its words and, if any, the checklist items still open. */
function RefusalNotice({ refusal, onDismiss, draftText }: { refusal: Refusal; onDismiss: () => void; draftText: string }) {
  const { problem } = refusal.error;
  const detail = problem.detail || refusal.error.message;
  const others = (problem.refusals ?? []).filter((f) => f.message !== detail);
  const entry = refusal.item.entry;
  const textBack = isEditorKind(entry.kind) && entry.text;
  const open = problem.open_items ?? [];
  return (
    <div class="notice notice-error refusal" role="alert" id="refusal">
      <p class="refusal-title">
        <strong>{problem.rule ? t('room.refused', { rule: problem.rule }) : t('room.refusedInvalid')}</strong> {detail}
      </p>
      {others.map((f) => (
        <p key={f.message}>{t('room.warning', { rule: f.rule, message: f.message })}</p>
      ))}
      {open.length > 0 && (
        <p class="refusal-open">
          <span class="refusal-open-title">{t('room.openItems')}</span>{' '}
          {open.map((item, index) => (
            <Fragment key={item}>
              <span class="refusal-item">
                <span class="check-code">{item}</span> {checklistItemText(item)}
              </span>
              {index < open.length - 1 ? ' · ' : ''}
            </Fragment>
          ))}
        </p>
      )}
      <p class="refusal-actions">
        {textBack && (
          <span>
            {draftText === entry.text ? t('room.refusedText') : t('room.refusedTextKept', { text: entry.text ?? '' })}
          </span>
        )}
        {open.length > 0 && (
          <button type="button" class="button button-small button-secondary" onClick={() => focusFirstOpen(open)}>
            {t('room.toChecklist')}
          </button>
        )}
        <button type="button" class="button button-small button-quiet" onClick={onDismiss}>
          {t('room.dismiss')}
        </button>
      </p>
    </div>
  );
}

/** Moves the keyboard (and so the view) to the first open item's "Done" (ids from checklist_panel.tsx). */
function focusFirstOpen(open: string[]) {
  const button = document.getElementById(`check-done-${open[0].replace(/\./g, '-')}`);
  button?.focus();
}

/** The charter's warnings on the last entry (a break due, time nearly over): prominent, never blocking. */
function Warnings({ warnings }: { warnings: Finding[] }) {
  const severe = warnings.some((w) => w.severity === 'violation');
  return (
    <div class={`notice ${severe ? 'notice-overdue' : 'notice-warning'} charter-warnings`} role="status" id="charter-warnings">
      <p class="visually-hidden">{t('room.warnings')}</p>
      <ul class="plain-list">
        {warnings.map((w) => (
          <li key={`${w.rule}-${w.message}`}>
            <strong>{w.rule}</strong> {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

