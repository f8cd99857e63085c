import { useEffect, useState } from 'preact/hooks';
import { PageHeading } from '../components/page_heading';
import { languageName, withCode } from '../format';
import { t, type MessageKey } from '../i18n';
import {
  breakClockText,
  breakTone,
  extensionText,
  formatDuration,
  liveTimers,
  timeLeftText,
  timeLeftTone,
  type ClockTone,
} from './clock';
import type { InterviewOverview } from './interview_api';

/** Re-renders the caller every second. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Case, applicant (Latin and original script), status and the three live clocks. */
export function RoomHeader({ overview, fetchedAt }: { overview: InterviewOverview; fetchedAt: number }) {
  const a = overview.applicant;
  const latin = [a.family_name.toUpperCase(), a.given_names].filter(Boolean).join(', ');
  return (
    <div class="room-head">
      <div class="room-title">
        <PageHeading title={t('room.title', { caseNumber: overview.case_number })} />
        <p class="room-applicant">
          <span class="visually-hidden">{t('room.applicant')}: </span>
          <span class="applicant-latin">{latin}</span>
          {a.names_original_script && (
            <>
              {' '}
              <span class="applicant-original" dir="auto">
                {a.names_original_script}
              </span>
            </>
          )}
        </p>
        <p class="room-facts muted">
          {t('room.facts', {
            location: overview.location,
            language: withCode(languageName(overview.language), overview.language),
            interpreter: overview.interpreter_code,
            officer: overview.officer,
          })}
        </p>
      </div>
      <p class={`room-status status-${overview.status}`}>
        <span class="visually-hidden">{t('room.status')}: </span>
        {t(`room.status.${overview.status}` as MessageKey)}
      </p>
      <Clocks overview={overview} fetchedAt={fetchedAt} />
    </div>
  );
}

function Clocks({ overview, fetchedAt }: { overview: InterviewOverview; fetchedAt: number }) {
  const now = useNow();
  const started = overview.status !== 'planned';
  const timers = liveTimers(overview, fetchedAt, now);
  const ended = overview.status === 'ended';
  const breakClass: ClockTone = started && !ended && !timers.in_break ? breakTone(timers.until_break_due_seconds) : 'normal';
  const leftClass: ClockTone = started && !ended ? timeLeftTone(timers.time_left_seconds) : 'normal';
  const notStarted = <span class="muted">{t('room.clock.notStarted')}</span>;
  return (
    <dl class="clocks">
      <div class="clock">
        <dt>{t('room.clock.elapsed')}</dt>
        <dd class="clock-value" id="clock-elapsed">
          {started ? formatDuration(timers.elapsed_seconds) : notStarted}
        </dd>
      </div>
      <div class={`clock clock-${breakClass}`} id="clock-break" data-tone={breakClass}>
        <dt>{t('room.clock.break')}</dt>
        <dd class="clock-value">{started && !ended ? breakClockText(timers) : started ? '—' : notStarted}</dd>
      </div>
      <div class={`clock clock-${leftClass}`} id="clock-left" data-tone={leftClass}>
        <dt>{t('room.clock.timeLeft')}</dt>
        <dd class="clock-value">
          {started ? timeLeftText(timers) : notStarted}
          <span class="clock-sub">{extensionText(overview.extension_minutes)}</span>
        </dd>
      </div>
    </dl>
  );
}
