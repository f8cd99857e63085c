import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t } from '../i18n';
import { themeLabel } from './entry_editor';
import { checklistItemText } from './entry_text';
import { getCompleteness, type Completeness } from './interview_api';

type State = { status: 'loading' } | { status: 'ready'; report: Completeness } | { status: 'error'; message: string };

/**
 * What is still missing before the interview is closed (GET …/completeness):
 * themes not covered, crucial questions not answered, open checklist items,
 * missing facts. Asked when it is shown and again on "Check again".
 */
export function CompletenessReport({ interviewId, idPrefix }: { interviewId: string; idPrefix: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getCompleteness(interviewId, controller.signal).then(
      (report) => !controller.signal.aborted && setState({ status: 'ready', report }),
      (error) =>
        !controller.signal.aborted &&
        setState({ status: 'error', message: error instanceof ApiError ? error.message : String(error) }),
    );
    return () => controller.abort();
  }, [interviewId, round]);

  return (
    <div class="completeness" id={`${idPrefix}-completeness`}>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p class="muted">{t('room.completeness.loading')}</p>}
        {state.status === 'ready' && <Report report={state.report} />}
      </div>
      {state.status === 'error' && (
        <p class="field-error" role="alert">
          {t('room.completeness.failed', { detail: state.message })}
        </p>
      )}
      <button type="button" class="button button-small button-secondary" onClick={() => setRound((n) => n + 1)}>
        {t('room.completeness.recheck')}
      </button>
    </div>
  );
}

function Report({ report }: { report: Completeness }) {
  if (report.complete) return <p class="progress-complete">{t('room.completeness.complete')}</p>;
  return (
    <>
      <p>
        <strong>{t('room.completeness.incomplete')}</strong>
      </p>
      <Group title={t('room.completeness.themes')} items={report.uncovered_themes.map(themeLabel)} />
      <Group
        title={t('room.completeness.crucial')}
        items={report.unanswered_crucial_questions.map((q) =>
          t('room.completeness.crucialItem', { text: q.text, theme: themeLabel(q.theme) }),
        )}
      />
      <Group title={t('room.completeness.opening')} items={report.open_opening_items.map(itemText)} />
      <Group title={t('room.completeness.closing')} items={report.open_closing_items.map(itemText)} />
      <Group title={t('room.completeness.facts')} items={report.missing_facts} />
    </>
  );
}

const itemText = (item: string) => `${item} ${checklistItemText(item)}`;

function Group({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The side panel: the report on demand, so that it is not asked for on every render of the room. */
export function CompletenessPanel({ interviewId }: { interviewId: string }) {
  const [shown, setShown] = useState(false);
  return (
    <section class="side-panel" aria-labelledby="completeness-heading" id="completeness">
      <h2 id="completeness-heading">{t('room.completeness')}</h2>
      {shown ? (
        <CompletenessReport interviewId={interviewId} idPrefix="panel" />
      ) : (
        <button type="button" class="button button-small button-secondary" onClick={() => setShown(true)}>
          {t('room.completeness.check')}
        </button>
      )}
    </section>
  );
}
