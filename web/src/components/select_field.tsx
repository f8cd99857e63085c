interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  class?: string;
}

/** A labelled select with an optional hint tied to it through aria-describedby. */
export function SelectField({ id, label, value, options, onChange, hint, class: className }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class={`field${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-describedby={hintId}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
