import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { formatTimestamp } from '../format';
import { t } from '../i18n';
import { decisionLabel } from './labels';
import { DECISION_KINDS, recordDecision, type DecisionKind, type Screening } from './screening_api';

/**
 * The decisions on the person. A return or a refusal of entry for someone under non-refoulement
 * is refused by the server (409); the refusal is shown in its own words.
 */
export function DecisionsPanel({ screening, canAct, onRecorded }: { screening: Screening; canAct: boolean; onRecorded: () => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const record = async (kind: DecisionKind) => {
    setBusy(true);
    setOutcome(null);
    try {
      await recordDecision(screening.id, kind, note.trim());
      setOutcome({ tone: 'success', text: t('screening.decision.recorded', { kind: decisionLabel(kind) }) });
      setNote('');
      onRecorded();
    } catch (cause) {
      const detail = cause instanceof ApiError ? cause.message : String(cause);
      setOutcome({
        tone: 'error',
        text: cause instanceof ApiError && cause.status === 409 ? t('screening.decision.refused', { detail }) : t('screening.decision.failed', { detail }),
      });
    } finally {
      setBusy(false);
    }
  };
  const decisions = screening.decisions ?? [];
  return (
    <section class="result-section" aria-labelledby="decisions-title" id="decisions-panel">
      <h2 id="decisions-title">{t('screening.decisions.title')}</h2>
      {screening.result.non_refoulement && <p class="notice notice-warning">{t('screening.nonRefoulementNotice')}</p>}
      {decisions.length === 0 ? (
        <p>{t('screening.decisions.none')}</p>
      ) : (
        <ul class="decision-list">
          {decisions.map((d, index) => (
            <li key={d.id ?? index}>
              <strong>{decisionLabel(d.kind)}</strong>
              {d.decided_at && ` · ${formatTimestamp(d.decided_at)}`}
              {d.decided_by && ` · ${d.decided_by}`}
              {d.note && (
                <span dir="auto" class="decision-note">
                  {' '}
                  — {d.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAct && (
        <div class="decision-form">
          <div class="field">
            <label for="decision-note">{t('screening.decisions.note')}</label>
            <textarea id="decision-note" rows={2} dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="button-row">
            {DECISION_KINDS.map((kind) => (
              <button key={kind} type="button" class="button button-secondary" disabled={busy} onClick={() => void record(kind)}>
                {t('screening.decisions.record', { kind: decisionLabel(kind) })}
              </button>
            ))}
          </div>
        </div>
      )}
      <div aria-live="polite" id="decision-outcome">
        {outcome && (
          <p class={`notice notice-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : undefined}>
            {outcome.text}
          </p>
        )}
      </div>
    </section>
  );
}
