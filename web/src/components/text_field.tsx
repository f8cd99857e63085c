import type { Ref } from 'preact';
import { t } from '../i18n';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'search' | 'datetime-local';
  required?: boolean;
  hint?: string;
  error?: string;
  dir?: 'auto' | 'ltr' | 'rtl';
  maxLength?: number;
  inputMode?: 'numeric' | 'text';
  autocomplete?: string;
  autoCapitalize?: 'off' | 'characters';
  spellcheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  class?: string;
}

/**
 * A labelled input with an optional hint and error message, both tied to the
 * input through aria-describedby so that screen readers read them with it.
 */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, required } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label for={id}>
        {label}
        {required && <span class="required"> ({t('caseForm.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        dir={props.dir}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
        autoCapitalize={props.autoCapitalize}
        spellcheck={props.spellcheck}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
