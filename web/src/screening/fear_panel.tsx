import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t } from '../i18n';
import { confirmFear, type Screening } from './screening_api';

/**
 * The phrases of the statement that express fear of return (UN-4: no special words are needed),
 * for the officer to confirm or dismiss. Either way non-refoulement stays: it holds from the moment
 * the person spoke; the server records who confirmed or dismissed.
 */
export function FearPanel({ screening, canAct, onChange }: { screening: Screening; canAct: boolean; onChange: (s: Screening) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fears = screening.result.fear_expressions ?? [];
  if (fears.length === 0) return null;
  const decide = async (confirmed: boolean) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await confirmFear(screening.id, confirmed));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };
  const state = screening.fear_confirmed;
  return (
    <section class="result-section" aria-labelledby="fear-title" id="fear-panel">
      <h2 id="fear-title">{t('screening.fear.title')}</h2>
      <p>{t('screening.fear.intro')}</p>
      <ul class="fear-list">
        {fears.map((fear, index) => (
          <li key={index}>
            <q lang={fear.language} dir="auto" class="fear-phrase">
              {fear.phrase}
            </q>{' '}
            <span class="hint">({fear.language})</span>
            {fear.excerpt && (
              <blockquote dir="auto" lang={fear.language}>
                {fear.excerpt}
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      <p role="status" id="fear-state">
        {state === true ? t('screening.fear.confirmed') : state === false ? t('screening.fear.dismissed') : t('screening.fear.pending')}
      </p>
      {canAct && (
        <div class="button-row">
          <button type="button" class="button button-primary" disabled={busy || state === true} onClick={() => void decide(true)}>
            {t('screening.fear.confirm')}
          </button>
          <button type="button" class="button button-secondary" disabled={busy || state === false} onClick={() => void decide(false)}>
            {t('screening.fear.dismiss')}
          </button>
        </div>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
