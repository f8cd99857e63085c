import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { Answers, AnswerValue } from './screening_api';
import { InterpreterText, OfficerText, type WizardLanguages } from './bilingual';
import { QuestionField } from './question_field';
import { RepeatField } from './repeat_field';
import { baseType, type Step } from './wizard_steps';

interface QuestionStepProps {
  step: Step;
  answers: Answers;
  languages: WizardLanguages;
  /** The check's issues for this step, shown after the officer tried to go on. */
  issues: { path: string; message: string }[];
  onChange: (name: string, value: AnswerValue | undefined) => void;
}

/**
 * One question on the screen: the officer's text as the heading, the interpreter's beside it in
 * its own language and direction, and the answer below in large touch targets. Focus goes to the
 * input for typed answers and to the heading for choices, so digits pick at once.
 */
export function QuestionStep({ step, answers, languages, issues, onChange }: QuestionStepProps) {
  const { question, section } = step;
  const type = baseType(question.type);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputId = `q-${question.name}`;
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (input && (input.tagName === 'INPUT' || input.tagName === 'TEXTAREA')) input.focus();
    else headingRef.current?.focus();
  }, [step]);
  const own = issues.find((issue) => issue.path === step.path);
  return (
    <section class="wizard-step" aria-labelledby="step-title" data-question={question.name}>
      {section && (
        <p class="step-section">
          <OfficerText labels={section.label} languages={languages} /> <InterpreterText labels={section.label} languages={languages} />
        </p>
      )}
      <div class="question-pair">
        <h2 id="step-title" ref={headingRef} tabIndex={-1}>
          <OfficerText labels={question.label} languages={languages} />
        </h2>
        <p class="question-interpreter">
          <InterpreterText labels={question.label} languages={languages} />
        </p>
      </div>
      {issues.length > 0 && (
        <div id="step-issues" class="notice notice-error" role="alert" tabIndex={-1}>
          <p>{t('screening.issues')}</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      {type === 'begin_repeat' ? (
        <RepeatField question={question} value={answers[question.name]} languages={languages} issues={issues} onChange={(v) => onChange(question.name, v)} />
      ) : (
        <QuestionField
          id={inputId}
          question={question}
          value={answers[question.name]}
          languages={languages}
          large
          titled
          error={own?.message}
          onChange={(v) => onChange(question.name, v)}
        />
      )}
    </section>
  );
}
