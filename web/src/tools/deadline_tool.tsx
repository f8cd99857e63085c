import { useState } from 'preact/hooks';
import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { DEADLINE_PROFILES, deadline, type Deadline } from './tool_api';
import { SubmitButton, ToolHeading, ToolOutcome, type HeadingLevel } from './tool_parts';
import { useToolCall } from './use_tool';

/** The deadline calculator: N working days from a date, skipping the country's public holidays. */
export function DeadlineTool({ level = 2 }: { level?: HeadingLevel }) {
  const [profile, setProfile] = useState<string>('BE');
  const [from, setFrom] = useState('');
  const [days, setDays] = useState('');
  const call = useToolCall<Deadline>();
  return (
    <section class="tool" aria-labelledby="deadline-tool-heading" id="deadline-tool">
      <ToolHeading level={level} id="deadline-tool-heading">
        {t('tools.deadline.title')}
      </ToolHeading>
      <form
        class="tool-form"
        noValidate
        aria-labelledby="deadline-tool-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (from.trim() === '' || days.trim() === '') return call.fail(t('tools.deadline.needAll'));
          void call.run((signal) => deadline(profile, from, days, signal));
        }}
      >
        <div class="tool-fields">
          <SelectField
            id="deadline-profile"
            label={t('tools.deadline.profile')}
            value={profile}
            options={DEADLINE_PROFILES.map((p) => ({ value: p, label: t(`tools.deadline.profile.${p}`) }))}
            onChange={setProfile}
          />
          <TextField id="deadline-from" label={t('tools.deadline.from')} hint={t('tools.deadline.fromHint')} value={from} onInput={setFrom} class="field-short" />
          <TextField id="deadline-days" label={t('tools.deadline.days')} value={days} onInput={setDays} inputMode="numeric" class="field-short" />
        </div>
        <SubmitButton busy={call.busy} label={t('tools.deadline.submit')} />
        <ToolOutcome id="deadline-result" error={call.error}>
          {call.result && (
            <>
              <p>
                <strong>{t('tools.deadline.due', { due: call.result.due })}</strong>{' '}
                <span class="muted">
                  {t('tools.deadline.detail', {
                    days: call.result.working_days,
                    from: call.result.from,
                    profile: call.result.profile,
                  })}
                </span>
              </p>
              {call.result.skipped_holidays.length === 0 ? (
                <p class="muted">{t('tools.deadline.noHolidays')}</p>
              ) : (
                <>
                  <p>{t('tools.deadline.skipped')}</p>
                  <ul class="plain-list tool-holidays">
                    {call.result.skipped_holidays.map((h) => (
                      <li key={h.date}>{t('tools.deadline.holiday', { date: h.date, name: h.name })}</li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </ToolOutcome>
      </form>
    </section>
  );
}
