import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { TextField } from '../components/text_field';
import { countryName, withCode } from '../format';
import { t } from '../i18n';
import { canEditGuides, canReadGuides } from '../roles';
import { itemPath, navigate } from '../router';
import { guidePdfUrl, listGuides, type GuideSummary } from './guide_api';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; guides: GuideSummary[] };

/** The National Reference Guides (/guides, UN-7): one per country; admins edit, others read. */
export function GuideListPage({ role }: { role: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [country, setCountry] = useState('');
  const [countryError, setCountryError] = useState<string | undefined>();
  const allowed = canReadGuides(role);
  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    listGuides(controller.signal).then(
      (guides) => setLoad({ status: 'ready', guides }),
      (error) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [allowed]);

  if (!allowed) {
    return (
      <>
        <PageHeading title={t('guides.title')} />
        <Notice>{t('guides.noAccess')}</Notice>
      </>
    );
  }
  const create = (event: Event) => {
    event.preventDefault();
    const code = country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) {
      setCountryError(t('guides.countryInvalid'));
      document.getElementById('guide-new-country')?.focus();
      return;
    }
    navigate(itemPath('guides', code));
  };
  return (
    <>
      <PageHeading title={t('guides.title')} />
      <p class="intro">{t('guides.intro')}</p>
      {load.status === 'loading' && <p role="status">{t('guides.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('guides.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && (
        <div class="table-wrap">
          <table class="data-table" id="guide-table">
            <caption class="visually-hidden">{t('guides.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guides.col.country')}</th>
                <th scope="col">{t('guides.col.maintainedBy')}</th>
                <th scope="col">{t('guides.col.lastUpdated')}</th>
                <th scope="col">{t('guides.col.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {load.guides.map((g) => (
                <tr key={g.country}>
                  <td>
                    <Link href={itemPath('guides', g.country)}>{withCode(countryName(g.country), g.country)}</Link>
                    {g.example && (
                      <>
                        {' '}
                        <span class="badge badge-example">{t('guides.exampleBadge')}</span>
                      </>
                    )}
                  </td>
                  <td dir="auto">{g.maintained_by}</td>
                  <td class="nowrap">{g.last_updated}</td>
                  <td>
                    <a href={guidePdfUrl(g.country)} target="_blank" rel="noopener">
                      {t('guides.pdfOf', { country: g.country })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEditGuides(role) && (
        <form class="inline-form" onSubmit={create}>
          <TextField
            id="guide-new-country"
            label={t('guides.newCountry')}
            hint={t('guides.newCountryHint')}
            value={country}
            onInput={(v) => {
              setCountry(v);
              setCountryError(undefined);
            }}
            maxLength={2}
            autoCapitalize="characters"
            class="field-short"
            error={countryError}
          />
          <button type="submit" class="button button-secondary">
            {t('guides.open')}
          </button>
        </form>
      )}
    </>
  );
}
