import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { TextField } from '../components/text_field';
import { formatTimestamp, languageName, withCode } from '../format';
import { t, type MessageKey } from '../i18n';
import { interviewPath } from '../router';
import { listInterviews, planInterview, reportUrl, type InterviewInfo } from './interview_api';
import { PLAN_FIELDS, emptyPlan, toPlan, validatePlan, type PlanErrors, type PlanField, type PlanValues } from './plan_form';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; interviews: InterviewInfo[] }
  | { status: 'error'; message: string };

const LABELS: Record<PlanField, MessageKey> = {
  planned_start: 'plan.start',
  location: 'plan.location',
  language: 'plan.language',
  interpreter_code: 'plan.interpreter',
  officer: 'plan.officer',
};

const fieldId = (field: PlanField) => `plan-${field}`;

/** The case's interviews, each with its room and its notes, and the form to plan another. */
export function CaseInterviews({ caseId, languages }: { caseId: string; languages: string[] }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [planned, setPlanned] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listInterviews(caseId, controller.signal).then(
      (interviews) => setLoad({ status: 'ready', interviews }),
      (error: unknown) => {
        if (controller.signal.aborted || !(error instanceof ApiError)) return;
        setLoad({ status: 'error', message: error.message });
      },
    );
    return () => controller.abort();
  }, [caseId, reload]);

  const onPlanned = (id: string) => {
    setPlanned(id);
    setReload((n) => n + 1);
  };

  return (
    <section aria-labelledby="interviews-heading" class="panel panel-wide">
      <h2 id="interviews-heading">{t('interviews.heading')}</h2>
      {planned && (
        <Notice tone="success">
          {t('plan.done')} <Link href={interviewPath(planned)}>{t('plan.openRoom')}</Link>
        </Notice>
      )}
      {load.status === 'loading' && <p role="status">{t('interviews.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('interviews.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && <InterviewTable interviews={load.interviews} />}
      <PlanForm caseId={caseId} defaultLanguage={languages[0] ?? ''} onPlanned={onPlanned} />
    </section>
  );
}

function InterviewTable({ interviews }: { interviews: InterviewInfo[] }) {
  if (interviews.length === 0) return <p class="muted">{t('interviews.none')}</p>;
  const sorted = [...interviews].sort((a, b) => a.planned_start.localeCompare(b.planned_start));
  return (
    <div class="table-wrap">
      <table class="data-table compact" id="interview-table">
        <caption class="visually-hidden">{t('interviews.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interviews.col.start')}</th>
            <th scope="col">{t('interviews.col.location')}</th>
            <th scope="col">{t('interviews.col.language')}</th>
            <th scope="col">{t('interviews.col.interpreter')}</th>
            <th scope="col">{t('interviews.col.officer')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('interviews.col.links')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((interview) => {
            const when = formatTimestamp(interview.planned_start);
            return (
              <tr key={interview.id}>
                <td class="nowrap">{when}</td>
                <td>{interview.location}</td>
                <td>{withCode(languageName(interview.language), interview.language)}</td>
                <td>{interview.interpreter_code}</td>
                <td>{interview.officer}</td>
                <td class="nowrap row-links">
                  <Link href={interviewPath(interview.id)} aria-label={t('interviews.roomFor', { when })}>
                    {t('interviews.room')}
                  </Link>
                  <a
                    href={reportUrl(interview.id)}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('interviews.notesFor', { when })}
                  >
                    {t('interviews.notes')}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PlanForm({
  caseId,
  defaultLanguage,
  onPlanned,
}: {
  caseId: string;
  defaultLanguage: string;
  onPlanned: (id: string) => void;
}) {
  const [values, setValues] = useState<PlanValues>(() => emptyPlan(defaultLanguage));
  const [errors, setErrors] = useState<PlanErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (field: PlanField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  const failed = Object.keys(errors).length > 0 || problem !== null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [errors, problem]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = validatePlan(values);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await planInterview(caseId, toPlan(values));
      setValues(emptyPlan(defaultLanguage));
      onPlanned(created.id);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return;
      setProblem(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  const listed = PLAN_FIELDS.filter((field) => errors[field]);
  return (
    <form class="plan-form" onSubmit={submit} noValidate aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t('plan.heading')}</h3>
      {failed && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="plan-error-title">
          <h4 id="plan-error-title">{t('caseForm.errorSummary')}</h4>
          {problem && <p>{problem}</p>}
          {listed.length > 0 && (
            <ul>
              {listed.map((field) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>
                    {t(LABELS[field])}: {errors[field]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="field-row">
        <TextField
          id={fieldId('planned_start')}
          type="datetime-local"
          label={t(LABELS.planned_start)}
          hint={t('plan.startHint')}
          required
          class="field-datetime"
          value={values.planned_start}
          onInput={set('planned_start')}
          error={errors.planned_start}
        />
        <TextField
          id={fieldId('location')}
          label={t(LABELS.location)}
          required
          value={values.location}
          onInput={set('location')}
          error={errors.location}
        />
      </div>
      <div class="field-row">
        <TextField
          id={fieldId('language')}
          label={t(LABELS.language)}
          hint={t('plan.languageHint')}
          required
          class="field-code"
          spellcheck={false}
          autoCapitalize="off"
          maxLength={3}
          value={values.language}
          onInput={set('language')}
          error={errors.language}
        />
        <TextField
          id={fieldId('interpreter_code')}
          label={t(LABELS.interpreter_code)}
          hint={t('plan.interpreterHint')}
          required
          spellcheck={false}
          value={values.interpreter_code}
          onInput={set('interpreter_code')}
          error={errors.interpreter_code}
        />
        <TextField
          id={fieldId('officer')}
          label={t(LABELS.officer)}
          hint={t('plan.officerHint')}
          spellcheck={false}
          autoCapitalize="off"
          value={values.officer}
          onInput={set('officer')}
          error={errors.officer}
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('plan.submitting') : t('plan.submit')}
        </button>
      </div>
    </form>
  );
}
