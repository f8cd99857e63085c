import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { t } from '../i18n';
import type { Referral } from '../referrals/referral_api';
import { itemPath } from '../router';
import { categoryLabel, priorityLabel, referralStatusLabel } from './labels';
import { agencyOf, sendReferral, type ReferralSuggestion, type Screening } from './screening_api';

interface Props {
  screening: Screening;
  /** Referrals already sent for this screening (from the referral list). */
  sent: Referral[];
  canAct: boolean;
  onSent: () => void;
}

/**
 * The referrals the result suggests (UN-6; specific needs first, as the server orders them), each
 * with the agency the country's guide names (UN-7) and "Send referral".
 */
export function ReferralSuggestions({ screening, sent, canAct, onSent }: Props) {
  const suggestions = screening.result.referrals ?? [];
  return (
    <section class="result-section" aria-labelledby="referrals-title" id="referral-suggestions">
      <h2 id="referrals-title">{t('screening.referrals.title')}</h2>
      {suggestions.length === 0 ? (
        <p>{t('screening.referrals.none')}</p>
      ) : (
        <ol class="referral-suggestions">
          {suggestions.map((suggestion, index) => (
            <Suggestion
              key={`${suggestion.category}-${index}`}
              index={index}
              screening={screening}
              suggestion={suggestion}
              sent={sent.filter((r) => r.category === suggestion.category)}
              canAct={canAct}
              onSent={onSent}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function Suggestion({ index, screening, suggestion, sent, canAct, onSent }: { index: number; suggestion: ReferralSuggestion; sent: Referral[] } & Omit<Props, 'sent'>) {
  const agency = agencyOf(suggestion);
  const [open, setOpen] = useState(false);
  const [consent, setConsent] = useState<'given' | 'override'>('given');
  const [override, setOverride] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `referral-${index}`;

  const send = async (event: Event) => {
    event.preventDefault();
    if (!agency) return;
    if (consent === 'override' && !override.trim()) {
      setError(t('screening.referrals.overrideMissing'));
      document.getElementById(`${id}-override`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sendReferral(screening.id, {
        category: suggestion.category,
        agency_id: agency.id,
        priority: suggestion.priority,
        reason: suggestion.reason,
        consent: { given: consent === 'given', override_reason: consent === 'given' ? '' : override.trim() },
      });
      setOpen(false);
      onSent();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class={`referral-suggestion priority-${suggestion.priority}`} data-category={suggestion.category}>
      <h3 id={`${id}-title`}>
        {categoryLabel(suggestion.category)} <span class={`badge badge-priority-${suggestion.priority}`}>{priorityLabel(suggestion.priority)}</span>
      </h3>
      <p>{suggestion.reason}</p>
      <p>
        {agency ? t('screening.referrals.agency', { name: agency.name }) : <em>{t('screening.referrals.noAgency')}</em>}
      </p>
      {sent.map((referral) => (
        <p key={referral.id} class="referral-sent">
          {t('screening.referrals.sent', { status: referralStatusLabel(referral.status) })}{' '}
          <Link href={itemPath('referrals', referral.id)}>{t('screening.referrals.open')}</Link>
        </p>
      ))}
      {canAct && agency && !open && (
        <button type="button" class="button button-primary" aria-describedby={`${id}-title`} onClick={() => setOpen(true)}>
          {t('screening.referrals.send')}
        </button>
      )}
      {open && (
        <form class="referral-form" onSubmit={(e) => void send(e)} aria-labelledby={`${id}-title`}>
          <fieldset>
            <legend>{t('screening.referrals.consent')}</legend>
            <label class="inline-choice">
              <input type="radio" name={`${id}-consent`} checked={consent === 'given'} onChange={() => setConsent('given')} />{' '}
              {t('screening.referrals.consentGiven')}
            </label>
            <label class="inline-choice">
              <input type="radio" name={`${id}-consent`} checked={consent === 'override'} onChange={() => setConsent('override')} />{' '}
              {t('screening.referrals.consentOverride')}
            </label>
          </fieldset>
          {consent === 'override' && (
            <div class="field">
              <label for={`${id}-override`}>{t('screening.referrals.overrideReason')}</label>
              <textarea id={`${id}-override`} rows={2} dir="auto" value={override} onInput={(e) => setOverride(e.currentTarget.value)} aria-required="true" />
            </div>
          )}
          {error && (
            <p class="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div class="button-row">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('screening.working') : t('screening.referrals.confirmSend', { agency: agency?.name ?? '' })}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setOpen(false)}>
              {t('screening.referrals.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
