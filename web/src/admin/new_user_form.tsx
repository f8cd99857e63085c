import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { roleLabel } from '../roles';
import { MIN_PASSWORD_LENGTH, ROLES, createUser, validateNewUser, type NewUser, type NewUserErrors, type NewUserField } from './admin_api';

const FIELDS: readonly NewUserField[] = ['username', 'role', 'password'];
const EMPTY: NewUser = { username: '', role: 'officer', password: '' };
const fieldId = (field: NewUserField) => `new-user-${field}`;

/**
 * The New user form. Checks the server's rules first; what the server still refuses is shown at
 * the field it names (the problem's `errors`), like the case form.
 */
export function NewUserForm({ onCreated }: { onCreated: (user: { username: string; role: string }) => void }) {
  const [values, setValues] = useState<NewUser>(EMPTY);
  const [errors, setErrors] = useState<NewUserErrors>({});
  const [problem, setProblem] = useState<{ detail: string; other: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const hasErrors = Object.keys(errors).length > 0 || problem !== null;
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [errors, problem]);

  const set = (field: NewUserField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = validateNewUser(values, {
      username: t('admin.new.usernameInvalid'),
      password: t('admin.new.passwordShort', { min: MIN_PASSWORD_LENGTH }),
    });
    setProblem(null);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await createUser(values);
      setValues({ ...EMPTY, role: values.role });
      onCreated(created);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return; // Expired: the app shows login.
      const byField: NewUserErrors = {};
      const other: string[] = [];
      for (const { field, message } of cause instanceof ApiError ? cause.fieldErrors : []) {
        const known = FIELDS.find((f) => f === field);
        if (known && !byField[known]) byField[known] = message;
        else other.push(message);
      }
      setErrors(byField);
      setProblem({ detail: cause instanceof Error ? cause.message : String(cause), other });
    } finally {
      setBusy(false);
    }
  }

  const passwordError = errors.password;
  const label: Record<NewUserField, string> = {
    username: t('admin.new.username'),
    role: t('admin.new.role'),
    password: t('admin.new.password'),
  };
  return (
    <form class="tool-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-user-title">
      <h3 id="new-user-title">{t('admin.new.title')}</h3>
      {hasErrors && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="new-user-errors-title">
          <h4 id="new-user-errors-title">{t('admin.new.errorSummary')}</h4>
          {problem && <p>{problem.detail}</p>}
          <ul>
            {FIELDS.filter((f) => errors[f]).map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`} onClick={(e) => focusField(e, field)}>
                  {label[field]}: {errors[field]}
                </a>
              </li>
            ))}
            {problem?.other.map((message) => <li key={message}>{message}</li>)}
          </ul>
        </div>
      )}
      <div class="field-row">
        <TextField
          id={fieldId('username')}
          label={label.username}
          hint={t('admin.new.usernameHint')}
          required
          maxLength={64}
          autoCapitalize="off"
          spellcheck={false}
          value={values.username}
          onInput={set('username')}
          error={errors.username}
        />
        <SelectField
          id={fieldId('role')}
          label={label.role}
          value={values.role}
          options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
          onChange={set('role')}
        />
      </div>
      {errors.role && (
        <p id="new-user-role-error" class="field-error">
          {errors.role}
        </p>
      )}
      <div class={`field${passwordError ? ' field-invalid' : ''}`}>
        <label for={fieldId('password')}>
          {label.password}
          <span class="required"> ({t('caseForm.required')})</span>
        </label>
        <p id="new-user-password-hint" class="hint">
          {t('admin.new.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        </p>
        {passwordError && (
          <p id="new-user-password-error" class="field-error">
            {passwordError}
          </p>
        )}
        <input
          id={fieldId('password')}
          name={fieldId('password')}
          type="password"
          autocomplete="new-password"
          value={values.password}
          onInput={(e) => set('password')(e.currentTarget.value)}
          aria-required="true"
          aria-invalid={passwordError ? 'true' : undefined}
          aria-describedby={[passwordError ? 'new-user-password-error' : '', 'new-user-password-hint'].filter(Boolean).join(' ')}
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('admin.new.submitting') : t('admin.new.submit')}
        </button>
      </div>
    </form>
  );
}

function focusField(event: MouseEvent, field: NewUserField) {
  event.preventDefault();
  document.getElementById(fieldId(field))?.focus();
}
