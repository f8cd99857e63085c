import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTimeOfDay } from '../format';
import { t, type MessageKey } from '../i18n';
import type { QueuedEntry } from './entry_queue';
import { participantName } from './entry_text';
import type { EntryInput, Participant, PresenceState, RecordEntry } from './interview_api';
import { PRESENCE_PARTICIPANTS, childNeedsAuthorization, nextPresenceState, presenceByParticipant } from './room_state';

interface ParticipantsProps {
  entries: RecordEntry[];
  pending: QueuedEntry[];
  disabled: boolean;
  onRecord: (entry: EntryInput) => void;
}

/**
 * Who is in the room. Each toggle records a presence entry: joined, then left
 * and returned in turn (CH-1.1). A child joins with its age in months, and
 * from 12 months only with the officer's exceptional authorisation (CH-4).
 */
export function ParticipantsPanel({ entries, pending, disabled, onRecord }: ParticipantsProps) {
  const last = presenceByParticipant(entries);
  const [childState, setChildState] = useState<PresenceState | null>(null);
  const waiting = new Set(
    pending.filter((p) => p.entry.kind === 'presence').map((p) => p.entry.participant as string),
  );

  return (
    <section class="side-panel" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('room.participants')}</h2>
      <ul class="participants">
        {PRESENCE_PARTICIPANTS.map((participant) => {
          const entry = last.get(participant);
          const next = nextPresenceState(entry?.state);
          const name = participantName(participant);
          const present = entry?.state === 'joined' || entry?.state === 'returned';
          return (
            <li key={participant} class={`participant${present ? ' participant-present' : ''}`} data-participant={participant}>
              <span class="participant-name">{name}</span>
              <span class="participant-state">
                {waiting.has(participant)
                  ? t('room.presence.waiting')
                  : entry?.state
                    ? t(`room.presence.${entry.state}` as MessageKey, { time: formatTimeOfDay(entry.at).slice(0, 5) })
                    : t('room.presence.none')}
              </span>
              <button
                type="button"
                class="button button-small button-secondary"
                disabled={disabled || (participant === 'child' && childState !== null)}
                aria-label={t('room.presence.markLabel', {
                  participant: name,
                  state: t(`room.presence.mark.${next}` as MessageKey),
                })}
                onClick={() => {
                  if (participant === 'child' && next !== 'left') setChildState(next);
                  else onRecord({ kind: 'presence', participant, state: next });
                }}
              >
                {t(`room.presence.mark.${next}` as MessageKey)}
              </button>
              {participant === 'child' && childState !== null && (
                <ChildForm
                  onCancel={() => setChildState(null)}
                  onRecord={(details) => {
                    onRecord({ kind: 'presence', participant: 'child' as Participant, state: childState, ...details });
                    setChildState(null);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ChildForm({
  onCancel,
  onRecord,
}: {
  onCancel: () => void;
  onRecord: (details: { age_months: number; authorization?: string }) => void;
}) {
  const [age, setAge] = useState('');
  const [authorization, setAuthorization] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const months = /^\d{1,3}$/.test(age.trim()) ? Number(age.trim()) : undefined;
  const needsAuthorization = months !== undefined && childNeedsAuthorization(months);

  return (
    <form
      class="child-form"
      noValidate
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      onSubmit={(event) => {
        event.preventDefault();
        if (months === undefined || months > 240) return setError(t('room.child.needAge'));
        if (needsAuthorization && authorization.trim() === '') return setError(t('room.child.needAuthorization'));
        onRecord(needsAuthorization ? { age_months: months, authorization } : { age_months: months });
      }}
    >
      {error && (
        <p class="field-error" id="child-error" role="alert">
          {error}
        </p>
      )}
      <div class="inline-row">
        <label for="child-age">{t('room.child.age')}</label>
        <input
          id="child-age"
          ref={first}
          class="input-number"
          inputMode="numeric"
          value={age}
          onInput={(e) => setAge(e.currentTarget.value)}
          autocomplete="off"
        />
      </div>
      {needsAuthorization && (
        <div class="field-stack">
          <label for="child-authorization">{t('room.child.authorization')}</label>
          <input
            id="child-authorization"
            dir="auto"
            value={authorization}
            onInput={(e) => setAuthorization(e.currentTarget.value)}
            autocomplete="off"
          />
        </div>
      )}
      <div class="inline-row">
        <button type="submit" class="button button-small button-primary">
          {t('room.child.submit')}
        </button>
        <button type="button" class="button button-small button-quiet" onClick={onCancel}>
          {t('room.cancel')}
        </button>
      </div>
    </form>
  );
}
