import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { Answers, AnswerValue, FormQuestion } from './screening_api';
import type { WizardLanguages } from './bilingual';
import { QuestionField } from './question_field';
import { labelIn, stepsOf, withAnswer } from './wizard_steps';

interface RepeatFieldProps {
  question: FormQuestion;
  value: AnswerValue | undefined;
  languages: WizardLanguages;
  onChange: (value: AnswerValue | undefined) => void;
  /** Issues of the server's check by path ("route[2]/country"). */
  issues: { path: string; message: string }[];
}

/**
 * A repeat (e.g. the route: one instance per country passed through), each instance with its
 * questions, added and removed by the officer. Paths count instances from 1, as the server does.
 */
export function RepeatField({ question, value, languages, onChange, issues }: RepeatFieldProps) {
  const instances = Array.isArray(value) ? (value as Answers[]) : [];
  const children = stepsOf(question.children ?? []).map((step) => step.question);
  const title = labelIn(question.label, languages.officer.code);
  const focusNew = useRef(false);
  useEffect(() => {
    if (!focusNew.current) return;
    focusNew.current = false;
    const inputs = document.querySelectorAll<HTMLElement>(`#repeat-${question.name} .repeat-instance:last-child input`);
    inputs[0]?.focus();
  }, [instances.length]);

  const update = (index: number, name: string, child: AnswerValue | undefined) => {
    const next = instances.map((instance, i) => (i === index ? withAnswer(instance, name, child) : instance));
    onChange(next);
  };
  const remove = (index: number) => {
    const next = instances.filter((_, i) => i !== index);
    onChange(next.length ? next : undefined);
  };

  return (
    <div class="repeat" id={`repeat-${question.name}`}>
      {instances.length === 0 && <p class="hint">{t('screening.repeat.none')}</p>}
      <ol class="repeat-list">
        {instances.map((instance, index) => (
          <li class="repeat-instance" key={index}>
            <fieldset>
              <legend>{t('screening.repeat.instance', { title, number: index + 1 })}</legend>
              {children.map((child) => {
                const path = `${question.name}[${index + 1}]/${child.name}`;
                const issue = issues.find((i) => i.path === path);
                return (
                  <QuestionField
                    key={child.name}
                    id={`q-${question.name}-${index + 1}-${child.name}`}
                    question={child}
                    value={instance[child.name]}
                    languages={languages}
                    error={issue?.message}
                    onChange={(v) => update(index, child.name, v)}
                  />
                );
              })}
              <button type="button" class="button button-secondary button-small" onClick={() => remove(index)}>
                {t('screening.repeat.remove', { number: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          focusNew.current = true;
          onChange([...instances, {}]);
        }}
      >
        {t('screening.repeat.add')}
      </button>
    </div>
  );
}
