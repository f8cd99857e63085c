import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { takeFlash } from '../flash';
import { countryName, formatTimestamp, withCode } from '../format';
import { guidePdfUrl } from '../guides/guide_api';
import { t, type MessageKey } from '../i18n';
import { listReferrals, type Referral } from '../referrals/referral_api';
import { canScreen } from '../roles';
import { DecisionsPanel } from './decisions_panel';
import { FearPanel } from './fear_panel';
import { ReferralSuggestions } from './referral_suggestions';
import { ResultSummary } from './result_view';
import { getForm, getScreening, type Screening, type ScreeningForm } from './screening_api';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; screening: Screening };

/** One screening (/screening/{id}): the person, the result, fear, referrals and decisions. */
export function ScreeningPage({ id, role }: { id: string; role: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [form, setForm] = useState<ScreeningForm | null>(null);
  const [sent, setSent] = useState<Referral[]>([]);
  const [flash] = useState(() => takeFlash());
  const canAct = canScreen(role);

  const refresh = async (signal?: AbortSignal): Promise<Screening | undefined> => {
    try {
      const screening = await getScreening(id, signal);
      if (signal?.aborted) return;
      setLoad({ status: 'ready', screening });
      return screening;
    } catch (error) {
      if (signal?.aborted) return;
      setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
    }
    return undefined;
  };
  const refreshReferrals = async (signal?: AbortSignal) => {
    try {
      const all = await listReferrals(undefined, signal);
      if (!signal?.aborted) setSent(all.filter((r) => r.screening_id === id));
    } catch {
      // The list is a convenience here; the suggestions stay usable without it.
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal).then((screening) => {
      if (screening) void getForm(screening.form, controller.signal).then(setForm, () => setForm(null));
    });
    void refreshReferrals(controller.signal);
    return () => controller.abort();
  }, [id]);

  if (load.status !== 'ready') {
    return (
      <>
        <PageHeading title={t('screening.detail.title')} />
        {load.status === 'loading' ? <p role="status">{t('screening.loading')}</p> : <Notice tone="error">{t('screening.loadFailed', { detail: load.message })}</Notice>}
      </>
    );
  }
  const { screening } = load;
  const { person } = screening;
  return (
    <>
      <PageHeading title={t('screening.detail.titleFor', { name: person.name || t('screening.unnamed') })} />
      {flash && <Notice tone="success">{flash}</Notice>}
      <dl class="facts-grid">
        <dt>{t('screening.person.name')}</dt>
        <dd dir="auto">{person.name}</dd>
        <dt>{t('screening.person.sex')}</dt>
        <dd>{person.sex ? t(`screening.sex.${person.sex}` as MessageKey) : '—'}</dd>
        <dt>{t('screening.person.age')}</dt>
        <dd>{person.approximate_age ?? '—'}</dd>
        <dt>{t('screening.person.nationality')}</dt>
        <dd>{person.nationality ? withCode(countryName(person.nationality), person.nationality) : '—'}</dd>
        <dt>{t('screening.place.country')}</dt>
        <dd>
          {withCode(countryName(screening.country), screening.country)}
          {screening.location && ` · ${screening.location}`}
        </dd>
        <dt>{t('screening.detail.recorded')}</dt>
        <dd>{t('screening.detail.recordedBy', { at: formatTimestamp(screening.created_at), by: screening.created_by })}</dd>
      </dl>
      <p class="button-row">
        <a class="button button-secondary" href={guidePdfUrl(screening.country)} target="_blank" rel="noopener">
          {t('screening.detail.guidePdf')}
        </a>
        <Link href="/screening" class="button button-secondary">
          {t('screening.detail.back')}
        </Link>
      </p>
      <ResultSummary result={screening.result} form={form} />
      <FearPanel screening={screening} canAct={canAct} onChange={(s) => setLoad({ status: 'ready', screening: s })} />
      <ReferralSuggestions screening={screening} sent={sent} canAct={canAct} onSent={() => void refreshReferrals()} />
      <DecisionsPanel screening={screening} canAct={canAct} onRecorded={() => void refresh()} />
    </>
  );
}
