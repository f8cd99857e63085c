import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { PageHeading } from '../components/page_heading';
import { TextField } from '../components/text_field';
import { setFlash } from '../flash';
import { t, type MessageKey } from '../i18n';
import { casePath, navigate } from '../router';
import { createCase } from './case_api';
import {
  CASE_FIELDS,
  MAX_NAME_LENGTH,
  emptyCaseForm,
  localToday,
  serverErrors,
  toApplicant,
  validateCaseForm,
  type CaseField,
  type CaseFormErrors,
  type CaseFormValues,
} from './case_form';

const LABELS: Record<CaseField, MessageKey> = {
  family_name: 'caseForm.familyName',
  given_names: 'caseForm.givenNames',
  names_original_script: 'caseForm.originalScript',
  date_of_birth: 'caseForm.dateOfBirth',
  nationality: 'caseForm.nationality',
  languages: 'caseForm.languages',
};

const fieldId = (field: CaseField) => `case-${field}`;

/** The New case form: validates locally, then creates the case and opens it. */
export function CaseFormPage() {
  const [values, setValues] = useState<CaseFormValues>(emptyCaseForm);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [problem, setProblem] = useState<{ detail: string; other: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const today = localToday();

  useEffect(() => firstField.current?.focus(), []);

  const hasErrors = Object.keys(errors).length > 0 || problem !== null;
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [errors, problem]);

  const set = (field: CaseField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = validateCaseForm(values, today);
    setProblem(null);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await createCase(toApplicant(values));
      setFlash(t('caseForm.created', { caseNumber: created.case_number }));
      navigate(casePath(created.id));
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return; // Expired: the app shows login.
      const { byField, other } = serverErrors(cause instanceof ApiError ? cause.fieldErrors : []);
      setErrors(byField);
      setProblem({ detail: cause instanceof Error ? cause.message : String(cause), other });
      setBusy(false);
    }
  }

  const summaryItems = CASE_FIELDS.filter((field) => errors[field]);

  return (
    <div class="case-form-page">
      <PageHeading title={t('caseForm.title')} focus={false} />
      <p class="intro" id="case-form-title-hint">
        {t('caseForm.intro')}
      </p>
      {hasErrors && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('caseForm.errorSummary')}</h2>
          {problem && <p>{problem.detail}</p>}
          <ul>
            {summaryItems.map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`} onClick={(e) => focusField(e, field)}>
                  {t(LABELS[field])}: {errors[field]}
                </a>
              </li>
            ))}
            {problem?.other.map((message) => <li key={message}>{message}</li>)}
          </ul>
        </div>
      )}
      <form class="case-form" onSubmit={submit} noValidate aria-describedby="case-form-title-hint">
        <div class="field-row">
          <TextField
            id={fieldId('family_name')}
            inputRef={firstField}
            label={t(LABELS.family_name)}
            value={values.family_name}
            onInput={set('family_name')}
            error={errors.family_name}
            maxLength={MAX_NAME_LENGTH}
          />
          <TextField
            id={fieldId('given_names')}
            label={t(LABELS.given_names)}
            value={values.given_names}
            onInput={set('given_names')}
            error={errors.given_names}
            maxLength={MAX_NAME_LENGTH}
          />
        </div>
        <TextField
          id={fieldId('names_original_script')}
          label={t(LABELS.names_original_script)}
          hint={t('caseForm.originalScriptHint')}
          dir="auto"
          value={values.names_original_script}
          onInput={set('names_original_script')}
          error={errors.names_original_script}
          maxLength={MAX_NAME_LENGTH}
        />
        <div class="field-row">
          <TextField
            id={fieldId('date_of_birth')}
            label={t(LABELS.date_of_birth)}
            hint={t('caseForm.dateOfBirthHint')}
            class="field-date"
            required
            inputMode="numeric"
            maxLength={10}
            spellcheck={false}
            value={values.date_of_birth}
            onInput={set('date_of_birth')}
            error={errors.date_of_birth}
          />
          <TextField
            id={fieldId('nationality')}
            label={t(LABELS.nationality)}
            required
            hint={t('caseForm.nationalityHint')}
            class="field-short"
            maxLength={2}
            autoCapitalize="characters"
            spellcheck={false}
            value={values.nationality}
            onInput={set('nationality')}
            error={errors.nationality}
          />
        </div>
        <TextField
          id={fieldId('languages')}
          label={t(LABELS.languages)}
          hint={t('caseForm.languagesHint')}
          spellcheck={false}
          autoCapitalize="off"
          value={values.languages}
          onInput={set('languages')}
          error={errors.languages}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t('caseForm.submitting') : t('caseForm.submit')}
          </button>
          <Link href="/cases" class="button button-secondary">
            {t('caseForm.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}

function focusField(event: MouseEvent, field: CaseField) {
  event.preventDefault();
  document.getElementById(fieldId(field))?.focus();
}
