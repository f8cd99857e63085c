import { useEffect, useState } from 'preact/hooks';
import { SelectField } from '../components/select_field';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { ageOn, convertDate, dateRange, listCalendars, type AgeRange, type CalendarDate, type DateRange, type NameLanguage } from './tool_api';
import { SubmitButton, ToolHeading, ToolOutcome, calendarLabel, type HeadingLevel } from './tool_parts';
import { useToolCall } from './use_tool';

/** Shown until the server has listed its calendars (and if it cannot). */
const FALLBACK_CALENDARS = ['gregorian', 'persian', 'islamic-civil', 'hebrew', 'ethiopic'];
const NAME_LANGUAGES = ['', 'en', 'fa', 'ps'] as const;

function useCalendars(): string[] {
  const [calendars, setCalendars] = useState<string[]>(FALLBACK_CALENDARS);
  useEffect(() => {
    const controller = new AbortController();
    listCalendars(controller.signal).then(
      (list) => !controller.signal.aborted && list.length > 0 && setCalendars(list),
      () => undefined, // The fallback list still works; the server names any calendar it does not know.
    );
    return () => controller.abort();
  }, []);
  return calendars;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2019-03-21" in the target calendar's own numbers (months ordinal). */
export function numericDate(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The date converter: a date from one calendar to another, an approximate
 * date ("Hamal 1398") as the days it may mean, and an age from a partial date
 * of birth.
 */
export function DateTool({ level = 2 }: { level?: HeadingLevel }) {
  const calendars = useCalendars();
  const options = calendars.map((c) => ({ value: c, label: calendarLabel(c) }));
  return (
    <section class="tool" aria-labelledby="date-tool-heading" id="date-tool">
      <ToolHeading level={level} id="date-tool-heading">
        {t('tools.date.title')}
      </ToolHeading>
      <ConvertForm options={options} />
      <RangeForm options={options} />
      <AgeForm />
    </section>
  );
}

type Options = { value: string; label: string }[];

function ConvertForm({ options }: { options: Options }) {
  const [date, setDate] = useState('');
  const [from, setFrom] = useState('persian');
  const [to, setTo] = useState('gregorian');
  const [names, setNames] = useState('');
  const call = useToolCall<CalendarDate>();
  return (
    <form
      class="tool-form"
      noValidate
      aria-labelledby="date-convert-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (date.trim() === '') return call.fail(t('tools.date.needDate'));
        void call.run((signal) => convertDate(date, from, to, (names || undefined) as NameLanguage | undefined, signal));
      }}
    >
      <p class="tool-form-title" id="date-convert-heading">
        {t('tools.date.convert')}
      </p>
      <div class="tool-fields">
        <TextField id="date-convert-date" label={t('tools.date.date')} hint={t('tools.date.dateHint')} value={date} onInput={setDate} class="field-short" />
        <SelectField id="date-convert-from" label={t('tools.date.from')} value={from} options={options} onChange={setFrom} />
        <SelectField id="date-convert-to" label={t('tools.date.to')} value={to} options={options} onChange={setTo} />
        <SelectField
          id="date-convert-names"
          label={t('tools.date.names')}
          value={names}
          options={NAME_LANGUAGES.map((n) => ({ value: n, label: t(n ? `tools.date.names.${n}` : 'tools.date.names.default') }))}
          onChange={setNames}
        />
      </div>
      <SubmitButton busy={call.busy} label={t('tools.date.convertSubmit')} />
      <ToolOutcome id="date-convert-result" error={call.error}>
        {call.result && (
          <p>
            <strong dir="auto">
              {t('tools.date.converted', {
                weekday: call.result.weekday,
                day: call.result.day,
                month: call.result.month_name,
                year: call.result.year,
                era: call.result.era,
              })}
            </strong>{' '}
            <span class="muted">
              {t('tools.date.numeric', { calendar: calendarLabel(call.result.calendar), date: numericDate(call.result) })}
            </span>
          </p>
        )}
      </ToolOutcome>
    </form>
  );
}

function RangeForm({ options }: { options: Options }) {
  const [text, setText] = useState('');
  const [calendar, setCalendar] = useState('');
  const call = useToolCall<DateRange>();
  return (
    <form
      class="tool-form"
      noValidate
      aria-labelledby="date-range-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return call.fail(t('tools.range.needText'));
        void call.run((signal) => dateRange(text, calendar || undefined, signal));
      }}
    >
      <p class="tool-form-title" id="date-range-heading">
        {t('tools.range.title')}
      </p>
      <div class="tool-fields">
        <TextField id="date-range-text" label={t('tools.range.text')} hint={t('tools.range.textHint')} value={text} onInput={setText} dir="auto" />
        <SelectField
          id="date-range-calendar"
          label={t('tools.range.calendar')}
          value={calendar}
          options={[{ value: '', label: t('tools.range.calendarAuto') }, ...options]}
          onChange={setCalendar}
        />
      </div>
      <SubmitButton busy={call.busy} label={t('tools.range.submit')} />
      <ToolOutcome id="date-range-result" error={call.error}>
        {call.result && (
          <p>
            <strong>{t('tools.range.result', { first: call.result.first, last: call.result.last })}</strong>{' '}
            <span class="muted">
              {t('tools.range.detail', {
                input: call.result.input,
                calendar: calendarLabel(call.result.calendar),
                precision: call.result.precision,
              })}
            </span>
          </p>
        )}
      </ToolOutcome>
    </form>
  );
}

/** "28 years", or "27 to 28 years" when the partial dates leave it open. */
export function ageText(age: AgeRange): string {
  return age.min === age.max ? t('tools.age.exact', { years: age.min }) : t('tools.age.between', { min: age.min, max: age.max });
}

function AgeForm() {
  const [born, setBorn] = useState('');
  const [on, setOn] = useState('');
  const call = useToolCall<AgeRange>();
  return (
    <form
      class="tool-form"
      noValidate
      aria-labelledby="date-age-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (born.trim() === '') return call.fail(t('tools.age.needBorn'));
        void call.run((signal) => ageOn(born, on || undefined, signal));
      }}
    >
      <p class="tool-form-title" id="date-age-heading">
        {t('tools.age.title')}
      </p>
      <div class="tool-fields">
        <TextField id="date-age-born" label={t('tools.age.born')} hint={t('tools.age.bornHint')} value={born} onInput={setBorn} class="field-short" />
        <TextField id="date-age-on" label={t('tools.age.on')} hint={t('tools.age.onHint')} value={on} onInput={setOn} class="field-short" />
      </div>
      <SubmitButton busy={call.busy} label={t('tools.age.submit')} />
      <ToolOutcome id="date-age-result" error={call.error}>
        {call.result && (
          <p>
            <strong>{ageText(call.result)}</strong>{' '}
            <span class="muted">
              {t('tools.age.detail', {
                bornFirst: call.result.born.first,
                bornLast: call.result.born.last,
                onFirst: call.result.on.first,
                onLast: call.result.on.last,
              })}
            </span>
          </p>
        )}
      </ToolOutcome>
    </form>
  );
}
