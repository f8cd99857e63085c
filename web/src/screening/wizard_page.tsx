import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { SelectField } from '../components/select_field';
import { setFlash } from '../flash';
import { t } from '../i18n';
import { canScreen } from '../roles';
import { itemPath, navigate } from '../router';
import type { WizardLanguages } from './bilingual';
import { EMPTY_PERSON, personErrors, PersonStep, type PersonDraft, type PersonErrors } from './person_step';
import { checkAnswers, createScreening, type Answers, type FormCheck, type FormLanguage, type ScreeningForm } from './screening_api';
import { QuestionStep } from './question_step';
import { useWizardData } from './use_wizard_data';
import { focusKind, wizardKeyAction } from './wizard_keys';
import { EMERGENCY_CHOICE, baseType, isAsked, issuesFor, nextAsked, orderedChoices, pick, previousAsked, stepsOf, withAnswer } from './wizard_steps';

/** The wizard (/screening/new): the person first, then one question at a time, then save. */
export function WizardPage({ role }: { role: string }) {
  if (!canScreen(role)) {
    return (
      <>
        <PageHeading title={t('screening.new.title')} />
        <Notice>{t('screening.noWrite')}</Notice>
      </>
    );
  }
  return <WizardLoader />;
}

function WizardLoader() {
  const [formId, setFormId] = useState<string | null>(null);
  const data = useWizardData(formId);
  if (data.status === 'loading') {
    return (
      <>
        <PageHeading title={t('screening.new.title')} />
        <p role="status">{t('screening.loadingForm')}</p>
      </>
    );
  }
  if (data.status === 'error') {
    return (
      <>
        <PageHeading title={t('screening.new.title')} />
        <Notice tone="error">{t('screening.formFailed', { detail: data.message })}</Notice>
      </>
    );
  }
  // A team's own questionnaires (issue 5) are offered beside the shipped form; choosing another
  // form starts the wizard again (key), as answers belong to one form.
  const choice =
    data.forms.length > 1 ? (
      <SelectField
        id="wizard-form"
        label={t('screening.form.choose')}
        value={data.form.id}
        options={data.forms.map((f) => ({ value: f.id, label: `${f.title} (${f.id})` }))}
        onChange={setFormId}
      />
    ) : null;
  return <Wizard key={data.form.id} form={data.form} countries={data.countries} formChoice={choice} />;
}

type Stage = { kind: 'person' } | { kind: 'question'; index: number } | { kind: 'review' };

const FALLBACK_LANGUAGE: FormLanguage = { code: 'en', name: 'English', reviewed: true, rtl: false };

function languageOf(form: ScreeningForm, code: string): FormLanguage {
  return form.languages.find((l) => l.code === code) ?? form.languages[0] ?? FALLBACK_LANGUAGE;
}

function Wizard({ form, countries, formChoice }: { form: ScreeningForm; countries: string[]; formChoice?: ComponentChildren }) {
  const steps = useMemo(() => stepsOf(form.questions), [form]);
  const [stage, setStage] = useState<Stage>({ kind: 'person' });
  const [person, setPerson] = useState<PersonDraft>(() => {
    const officer = languageOf(form, 'en').code;
    return { ...EMPTY_PERSON, officerLanguage: officer, interpreterLanguage: officer, country: countries.length === 1 ? countries[0] : '' };
  });
  const [errors, setErrors] = useState<PersonErrors>({});
  const [answers, setAnswers] = useState<Answers>({});
  const [check, setCheck] = useState<FormCheck | null>(null);
  const [showIssues, setShowIssues] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const languages: WizardLanguages = {
    officer: languageOf(form, person.officerLanguage),
    interpreter: languageOf(form, person.interpreterLanguage),
  };

  const ask = async (next: Answers): Promise<FormCheck | null> => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await checkAnswers(form.id, next);
      setCheck(result);
      return result;
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const goTo = (index: number) => {
    setShowIssues(false);
    setStage(index === -1 ? { kind: 'review' } : { kind: 'question', index });
  };

  const next = async () => {
    if (busy) return;
    if (stage.kind === 'person') {
      const found = personErrors(person);
      setErrors(found);
      if (Object.keys(found).length > 0) {
        document.getElementById(`${found.name ? 'person-name' : found.age ? 'person-age' : found.nationality ? 'person-nationality' : 'screening-country'}`)?.focus();
        return;
      }
      const result = await ask(answers);
      if (result) goTo(nextAsked(steps, -1, result));
      return;
    }
    if (stage.kind === 'question') {
      const result = await ask(answers);
      if (!result) return;
      if (issuesFor(steps[stage.index], result).length > 0) {
        setShowIssues(true);
        setTimeout(() => document.getElementById('step-issues')?.focus(), 0);
        return;
      }
      goTo(nextAsked(steps, stage.index, result));
      return;
    }
    await save();
  };

  const back = () => {
    if (busy || stage.kind === 'person') return;
    const from = stage.kind === 'question' ? stage.index : steps.length;
    const previous = previousAsked(steps, from, check);
    setShowIssues(false);
    setStage(previous === -1 ? { kind: 'person' } : { kind: 'question', index: previous });
  };

  const setAnswer = (name: string, value: Answers[string] | undefined) => {
    setAnswers((current) => withAnswer(current, name, value));
  };

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const age = person.age.trim();
      const saved = await createScreening({
        form: form.id,
        country: person.country.trim().toUpperCase(),
        location: person.location.trim(),
        person: {
          name: person.name.trim(),
          sex: person.sex,
          approximate_age: age ? Number(age) : null,
          nationality: person.nationality.trim().toUpperCase(),
          language: person.language.trim().toLowerCase(),
        },
        answers,
      });
      setFlash(t('screening.saved'));
      navigate(itemPath('screening', saved.id));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
      setBusy(false);
    }
  };

  // The keys always act on the newest state.
  const keys = useRef({ next, back, stage });
  keys.current = { next, back, stage };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = wizardKeyAction(event, focusKind(document.activeElement));
      if (!action) return;
      const { stage: current } = keys.current;
      if (action.type === 'next') {
        event.preventDefault();
        void keys.current.next();
      } else if (action.type === 'back') {
        event.preventDefault();
        keys.current.back();
      } else if (current.kind === 'question') {
        const question = steps[current.index].question;
        const type = baseType(question.type);
        const choice = orderedChoices(question.choices ?? [])[action.index];
        if ((type === 'select_one' || type === 'select_multiple') && choice) {
          event.preventDefault();
          setAnswers((all) => withAnswer(all, question.name, pick(type, all[question.name], choice.name)));
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [steps]);

  const asked = steps.filter((step) => isAsked(step, check));
  const position = stage.kind === 'question' ? asked.indexOf(steps[stage.index]) + 1 : stage.kind === 'review' ? asked.length : 0;
  const needs = answers.specific_needs;
  const emergency = Array.isArray(needs) && (needs as string[]).includes(EMERGENCY_CHOICE);

  return (
    <>
      <PageHeading title={t('screening.new.title')} focus={stage.kind === 'person'} />
      <div class="wizard" lang={languages.officer.code}>
        <div class="wizard-progress">
          <label for="wizard-progress">
            {stage.kind === 'person'
              ? t('screening.progress.person')
              : stage.kind === 'review'
                ? t('screening.progress.review')
                : t('screening.progress.question', { number: position, total: asked.length })}
          </label>
          <progress id="wizard-progress" max={asked.length + 1} value={position} />
        </div>
        {emergency && (
          <div class="notice notice-error emergency-banner" role="alert">
            {t('screening.emergency')}
          </div>
        )}
        {stage.kind === 'person' && (
          <>
            <Notice tone="warning">{t('screening.person.firstAid')}</Notice>
            {formChoice}
            <PersonStep draft={person} errors={errors} languages={form.languages} countries={countries} onChange={setPerson} />
          </>
        )}
        {stage.kind === 'question' && (
          <QuestionStep
            key={stage.index}
            step={steps[stage.index]}
            answers={answers}
            languages={languages}
            issues={showIssues ? issuesFor(steps[stage.index], check) : []}
            onChange={setAnswer}
          />
        )}
        {stage.kind === 'review' && <Review check={check} onGoTo={(path) => goTo(steps.findIndex((s) => path === s.path || path.startsWith(`${s.path}[`)))} />}
        {failure && <Notice tone="error">{t('screening.failed', { detail: failure })}</Notice>}
        <div class="wizard-nav">
          <button type="button" class="button button-secondary button-large" onClick={back} disabled={stage.kind === 'person' || busy} aria-keyshortcuts="Alt+ArrowLeft">
            {t('screening.back')}
          </button>
          <button type="button" class="button button-primary button-large" onClick={() => void next()} disabled={busy} aria-keyshortcuts="Enter Alt+ArrowRight">
            {busy ? t('screening.working') : stage.kind === 'review' ? t('screening.save') : t('screening.next')}
          </button>
        </div>
        <p class="hint wizard-keys">{t('screening.keys')}</p>
      </div>
    </>
  );
}

function Review({ check, onGoTo }: { check: FormCheck | null; onGoTo: (path: string) => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const issues = check?.issues ?? [];
  return (
    <section class="wizard-step" aria-labelledby="review-title">
      <h2 id="review-title" ref={headingRef} tabIndex={-1}>
        {t('screening.review.title')}
      </h2>
      {issues.length === 0 ? (
        <p>{t('screening.review.complete')}</p>
      ) : (
        <div class="notice notice-warning" role="status">
          <p>{t('screening.review.issues', { count: issues.length })}</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>
                <button type="button" class="link-button" onClick={() => onGoTo(issue.path)}>
                  {issue.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
