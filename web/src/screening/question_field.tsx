import { t } from '../i18n';
import type { AnswerValue, FormQuestion } from './screening_api';
import { InterpreterText, OfficerText, type WizardLanguages } from './bilingual';
import { baseType, orderedChoices, EMERGENCY_CHOICE, pick, typedValue } from './wizard_steps';

interface QuestionFieldProps {
  /** Unique in the page: "q-reasons", "q-route-1-country". */
  id: string;
  question: FormQuestion;
  value: AnswerValue | undefined;
  languages: WizardLanguages;
  onChange: (value: AnswerValue | undefined) => void;
  /** Large touch targets and digit numbers (the one question of a step); compact inside a repeat. */
  large?: boolean;
  error?: string;
  /** The step's heading already shows the question: its label is for screen readers only. */
  titled?: boolean;
}

/**
 * A text answer written as a paragraph: XLSForm's `multiline` appearance, and the person's own
 * account (`statement`, where fear of return is looked for, UN-4). Enter moves on everywhere else.
 */
function isMultiline(question: FormQuestion): boolean {
  return /\bmultiline\b/.test(question.appearance ?? '') || question.name === 'statement';
}

/**
 * One question's input: large choice tiles for select_one / select_multiple, a text area for
 * text, a number or date input otherwise. Labels show both languages; answers are sent as typed.
 */
export function QuestionField(props: QuestionFieldProps) {
  const { id, question, value, languages, onChange, large = false, error } = props;
  const type = baseType(question.type);
  const errorId = error ? `${id}-error` : undefined;
  const hintId = question.hint && Object.keys(question.hint).length ? `${id}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const hint = hintId && (
    <p class="hint" id={hintId}>
      <OfficerText labels={question.hint} languages={languages} />{' '}
      <InterpreterText labels={question.hint} languages={languages} />
    </p>
  );
  const errorText = error && (
    <p class="field-error" id={errorId}>
      {error}
    </p>
  );

  if (type === 'select_one' || type === 'select_multiple') {
    const choices = orderedChoices(question.choices ?? []);
    const selected = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    return (
      <fieldset class={`choices${large ? ' choices-large' : ''}${error ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
        <legend class={props.titled ? 'visually-hidden' : undefined}>
          <OfficerText labels={question.label} languages={languages} />{' '}
          <InterpreterText labels={question.label} languages={languages} />
          {question.required && <span class="required"> ({t('caseForm.required')})</span>}
        </legend>
        {hint}
        {errorText}
        <div class="choice-list">
          {choices.map((choice, index) => {
            const checked = selected.includes(choice.name);
            const emergency = choice.name === EMERGENCY_CHOICE;
            return (
              <label
                key={choice.name}
                class={`choice${checked ? ' choice-checked' : ''}${emergency ? ' choice-emergency' : ''}`}
                data-choice={choice.name}
              >
                <input
                  type={type === 'select_one' ? 'radio' : 'checkbox'}
                  name={id}
                  value={choice.name}
                  checked={checked}
                  onChange={() => onChange(type === 'select_one' ? choice.name : pick(type, value, choice.name))}
                />
                {large && index < 9 && (
                  <span class="choice-key" aria-hidden="true">
                    {index + 1}
                  </span>
                )}
                <span class="choice-text">
                  <OfficerText labels={choice.label} languages={languages} />
                  <InterpreterText labels={choice.label} languages={languages} />
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (type === 'note') return hint || null;

  const text = value === undefined ? '' : String(value);
  const inputLabel = (
    <label for={id} class={props.titled ? 'visually-hidden' : undefined}>
      <OfficerText labels={question.label} languages={languages} />{' '}
      <InterpreterText labels={question.label} languages={languages} />
      {question.required && <span class="required"> ({t('caseForm.required')})</span>}
    </label>
  );
  const common = {
    id,
    name: id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': question.required ? ('true' as const) : undefined,
  };
  return (
    <div class={`field${large ? ' field-large' : ''}${error ? ' field-invalid' : ''}`}>
      {inputLabel}
      {hint}
      {errorText}
      {type === 'text' && large && isMultiline(question) ? (
        <textarea {...common} rows={4} dir="auto" value={text} onInput={(e) => onChange(typedValue(type, e.currentTarget.value))} />
      ) : (
        <input
          {...common}
          type={type === 'date' ? 'date' : 'text'}
          inputMode={type === 'integer' ? 'numeric' : type === 'decimal' ? 'decimal' : undefined}
          dir={type === 'text' ? 'auto' : undefined}
          autocomplete="off"
          value={text}
          onInput={(e) => onChange(typedValue(type, e.currentTarget.value))}
        />
      )}
    </div>
  );
}
