import { useEffect, useState } from 'preact/hooks';
import { ApiError, type FieldError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { TextField } from '../components/text_field';
import { countryName, withCode } from '../format';
import { t } from '../i18n';
import { canEditGuides, canReadGuides } from '../roles';
import { categoryLabel } from '../screening/labels';
import { AgencyFields, AgencyView } from './agency_fields';
import { CATEGORIES, emptyAgency, getGuide, guidePdfUrl, saveGuide, withAgencyIds, type Guide } from './guide_api';
import { errorsByInput, fieldErrorsFromDetail } from './guide_errors';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; guide: Guide; isNew: boolean };

/** One country's guide (/guides/{country}): every Annex 2 category and its agencies. */
export function GuideEditorPage({ country, role }: { country: string; role: string }) {
  const editable = canEditGuides(role);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    if (!canReadGuides(role)) return;
    const controller = new AbortController();
    getGuide(country, controller.signal).then(
      (guide) => setLoad({ status: 'ready', guide, isNew: false }),
      (error) => {
        if (controller.signal.aborted) return;
        if (editable && error instanceof ApiError && error.status === 404) {
          // An administrator starts the guide of a country that has none yet.
          const guide: Guide = { country: country.toUpperCase(), example: false, maintained_by: '', last_updated: '', agencies: [] };
          setLoad({ status: 'ready', guide, isNew: true });
          return;
        }
        setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [country, role]);

  const title = t('guides.titleFor', { country: withCode(countryName(country), country.toUpperCase()) });
  if (!canReadGuides(role)) {
    return (
      <>
        <PageHeading title={title} />
        <Notice>{t('guides.noAccess')}</Notice>
      </>
    );
  }
  if (load.status !== 'ready') {
    return (
      <>
        <PageHeading title={title} />
        {load.status === 'loading' ? <p role="status">{t('guides.loading')}</p> : <Notice tone="error">{t('guides.loadFailed', { detail: load.message })}</Notice>}
      </>
    );
  }
  return editable ? <GuideEditor title={title} initial={load.guide} isNew={load.isNew} /> : <GuideView title={title} guide={load.guide} />;
}

function ExampleBanner({ guide }: { guide: Guide }) {
  if (!guide.example) return null;
  return (
    <div class="notice notice-warning example-banner" role="note">
      <strong>{t('guides.exampleBadge')}</strong> {t('guides.exampleText')}
    </div>
  );
}

function GuideHeader({ guide }: { guide: Guide }) {
  return (
    <p class="button-row">
      {guide.last_updated && <span>{t('guides.lastUpdated', { date: guide.last_updated })}</span>}
      <a class="button button-secondary" href={guidePdfUrl(guide.country)} target="_blank" rel="noopener">
        {t('guides.pdf')}
      </a>
      <Link href="/guides" class="button button-secondary">
        {t('guides.back')}
      </Link>
    </p>
  );
}

function GuideView({ title, guide }: { title: string; guide: Guide }) {
  return (
    <>
      <PageHeading title={title} />
      <ExampleBanner guide={guide} />
      <GuideHeader guide={guide} />
      <p>{t('guides.maintainedBy', { name: guide.maintained_by || '—' })}</p>
      {CATEGORIES.map((category) => {
        const agencies = guide.agencies.filter((a) => a.category === category);
        return (
          <section key={category} class="guide-category" aria-labelledby={`category-${category}`}>
            <h2 id={`category-${category}`}>{categoryLabel(category)}</h2>
            {agencies.length === 0 ? <p>{t('guides.noAgency')}</p> : agencies.map((a, i) => <AgencyView key={a.id || i} agency={a} />)}
          </section>
        );
      })}
    </>
  );
}

function GuideEditor({ title, initial, isNew }: { title: string; initial: Guide; isNew: boolean }) {
  const [guide, setGuide] = useState<Guide>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const byInput = errorsByInput(errors);

  const setAgency = (index: number, agency: Guide['agencies'][number]) =>
    setGuide((g) => ({ ...g, agencies: g.agencies.map((a, i) => (i === index ? agency : a)) }));
  const remove = (index: number) => setGuide((g) => ({ ...g, agencies: g.agencies.filter((_, i) => i !== index) }));
  const add = (category: string) => {
    const index = guide.agencies.length;
    setGuide((g) => ({ ...g, agencies: [...g.agencies, emptyAgency(category)] }));
    setTimeout(() => document.getElementById(`agency-${index}-name`)?.focus(), 0);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    setFailure(null);
    setSaved(null);
    try {
      const stored = await saveGuide(withAgencyIds(guide));
      setGuide({ ...stored, agencies: Array.isArray(stored?.agencies) ? stored.agencies : guide.agencies });
      setSaved(t('guides.saved', { date: stored?.last_updated ?? '' }));
      setTimeout(() => document.getElementById('guide-outcome')?.focus(), 0);
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fieldErrors.length ? error.fieldErrors : fieldErrorsFromDetail(error.problem.detail ?? ''));
        setFailure(error.message);
      } else setFailure(String(error));
      setTimeout(() => document.getElementById('guide-outcome')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={title} />
      {isNew && <Notice>{t('guides.newGuide')}</Notice>}
      <ExampleBanner guide={guide} />
      <GuideHeader guide={guide} />
      <div id="guide-outcome" tabIndex={-1} aria-live="polite">
        {saved && <Notice tone="success">{saved}</Notice>}
        {failure && (
          <div class="notice notice-error error-summary" role="alert">
            <p>{t('guides.saveFailed', { detail: failure })}</p>
            {errors.length > 0 && (
              <ul>
                {errors.map((e, i) => (
                  <li key={i}>
                    <span class="field-name">{e.field}</span>: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <form class="guide-form" onSubmit={(e) => void save(e)} noValidate>
        <TextField
          id="guide-maintained-by"
          label={t('guides.field.maintained_by')}
          hint={t('guides.field.maintained_byHint')}
          value={guide.maintained_by}
          onInput={(v) => setGuide((g) => ({ ...g, maintained_by: v }))}
          required
          dir="auto"
          error={byInput['guide-maintained-by']}
        />
        <div class="field field-checkbox">
          <label>
            <input type="checkbox" checked={guide.example} onChange={(e) => setGuide((g) => ({ ...g, example: e.currentTarget.checked }))} /> {t('guides.field.example')}
          </label>
        </div>
        {CATEGORIES.map((category) => {
          const members = guide.agencies.map((agency, index) => ({ agency, index })).filter(({ agency }) => agency.category === category);
          const several = category === 'assistance_organisations';
          return (
            <section key={category} class="guide-category" aria-labelledby={`category-${category}`}>
              <h2 id={`category-${category}`}>{categoryLabel(category)}</h2>
              {members.length === 0 && <p>{t('guides.noAgency')}</p>}
              {members.map(({ agency, index }, n) => (
                <AgencyFields
                  key={index}
                  index={index}
                  agency={agency}
                  errors={byInput}
                  legend={several ? t('guides.organisation', { number: n + 1 }) : categoryLabel(category)}
                  onChange={(a) => setAgency(index, a)}
                  onRemove={() => remove(index)}
                />
              ))}
              {(several || members.length === 0) && (
                <button type="button" class="button button-secondary" onClick={() => add(category)}>
                  {several ? t('guides.addOrganisation') : t('guides.addAgency', { category: categoryLabel(category) })}
                </button>
              )}
            </section>
          );
        })}
        <p>
          <button type="submit" class="button button-primary button-large" disabled={busy}>
            {busy ? t('screening.working') : t('guides.save')}
          </button>
        </p>
      </form>
    </>
  );
}
