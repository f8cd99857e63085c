import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { countryName, formatTimestamp, withCode } from '../format';
import { t, type MessageKey } from '../i18n';
import { canScreen, isReferralAgency } from '../roles';
import { itemPath } from '../router';
import { categoryLabel, priorityLabel, referralStatusLabel } from '../screening/labels';
import { actOnReferral, allowedActions, dayOrTime, getReferral, slipUrl, type Referral, type ReferralAction } from './referral_api';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; referral: Referral };

function actionLabel(action: string): string {
  const key = `referrals.action.${action}` as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}

function eventLabel(action: string): string {
  const key = `referrals.event.${action}` as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}

/** One referral (/referrals/{id}): the person, why, consent, its history and the next steps. */
export function ReferralPage({ id, role }: { id: string; role: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const refresh = async (signal?: AbortSignal) => {
    try {
      const referral = await getReferral(id, signal);
      if (!signal?.aborted) setLoad({ status: 'ready', referral });
    } catch (error) {
      if (!signal?.aborted) setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
    }
  };
  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, [id]);

  if (load.status !== 'ready') {
    return (
      <>
        <PageHeading title={t('referrals.detail')} />
        {load.status === 'loading' ? <p role="status">{t('referrals.loading')}</p> : <Notice tone="error">{t('referrals.loadFailed', { detail: load.message })}</Notice>}
      </>
    );
  }
  const { referral } = load;
  const asAgency = isReferralAgency(role);
  const actions = asAgency || canScreen(role) ? allowedActions(referral.status, asAgency) : [];

  const act = async (action: ReferralAction) => {
    if (action === 'decline' && !note.trim()) {
      setOutcome({ tone: 'error', text: t('referrals.declineNeedsNote') });
      document.getElementById('referral-note')?.focus();
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      await actOnReferral(referral.id, action, note.trim());
      setNote('');
      await refresh();
      setOutcome({ tone: 'success', text: t('referrals.done', { action: actionLabel(action) }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const { person, consent } = referral;
  return (
    <>
      <PageHeading title={t('referrals.detailFor', { category: categoryLabel(referral.category), name: person.name || t('screening.unnamed') })} />
      <p id="referral-status-line">
        {t('referrals.col.status')}: <strong>{referralStatusLabel(referral.status)}</strong>
        {referral.status === 'sent' && referral.acknowledge_due && ` · ${t('referrals.ackDue', { due: dayOrTime(referral.acknowledge_due) })}`}
        {referral.status === 'sent' && referral.acknowledgement_overdue && (
          <>
            {' '}
            <span class="badge badge-overdue">{t('tasks.overdue')}</span>
          </>
        )}
      </p>
      <dl class="facts-grid">
        <dt>{t('screening.person.name')}</dt>
        <dd dir="auto">{person.name || '—'}</dd>
        <dt>{t('screening.person.sex')}</dt>
        <dd>{person.sex ? t(`screening.sex.${person.sex}` as MessageKey) : '—'}</dd>
        <dt>{t('screening.person.age')}</dt>
        <dd>{person.approximate_age ?? '—'}</dd>
        <dt>{t('screening.person.nationality')}</dt>
        <dd>{person.nationality ? withCode(countryName(person.nationality), person.nationality) : '—'}</dd>
        <dt>{t('referrals.col.agency')}</dt>
        <dd dir="auto">{referral.agency.name}</dd>
        <dt>{t('referrals.col.priority')}</dt>
        <dd>
          <span class={`badge badge-priority-${referral.priority}`}>{priorityLabel(referral.priority)}</span>
        </dd>
        <dt>{t('referrals.reason')}</dt>
        <dd dir="auto">{referral.reason}</dd>
        <dt>{t('referrals.consent')}</dt>
        <dd>{consent.given ? t('referrals.consentGiven') : t('referrals.consentOverridden', { reason: consent.override_reason ?? '' })}</dd>
      </dl>
      <p class="button-row">
        <a class="button button-secondary" href={slipUrl(referral.id)} target="_blank" rel="noopener">
          {t('referrals.slip')}
        </a>
        {canScreen(role) && (
          <Link href={itemPath('screening', referral.screening_id)} class="button button-secondary">
            {t('referrals.toScreening')}
          </Link>
        )}
        <Link href="/referrals" class="button button-secondary">
          {t('referrals.back')}
        </Link>
      </p>
      {actions.length > 0 && (
        <section class="result-section" aria-labelledby="referral-actions-title">
          <h2 id="referral-actions-title">{t('referrals.actions')}</h2>
          <div class="field">
            <label for="referral-note">{t('referrals.note')}</label>
            <p class="hint" id="referral-note-hint">
              {t('referrals.noteHint')}
            </p>
            <textarea id="referral-note" rows={2} dir="auto" value={note} aria-describedby="referral-note-hint" onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="button-row">
            {actions.map((action) => (
              <button key={action} type="button" class={`button ${action === 'decline' ? 'button-secondary' : 'button-primary'}`} disabled={busy} onClick={() => void act(action)}>
                {actionLabel(action)}
              </button>
            ))}
          </div>
        </section>
      )}
      <div aria-live="polite" id="referral-outcome">
        {outcome && (
          <p class={`notice notice-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : undefined}>
            {outcome.text}
          </p>
        )}
      </div>
      <section class="result-section" aria-labelledby="referral-events-title">
        <h2 id="referral-events-title">{t('referrals.events')}</h2>
        <ol class="timeline" id="referral-events">
          {referral.events.map((event, index) => (
            <li key={index} data-action={event.action}>
              <strong>{eventLabel(event.action)}</strong> · <time dateTime={event.at}>{formatTimestamp(event.at)}</time> · {event.by}
              {event.note && (
                <span dir="auto" class="event-note">
                  {' '}
                  — {event.note}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
