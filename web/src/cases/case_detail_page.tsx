import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Link } from '../components/link';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { takeFlash } from '../flash';
import { countryName, formatTimestamp, languageName, withCode } from '../format';
import { t } from '../i18n';
import { CaseInterviews } from '../interviews/case_interviews';
import { casePath } from '../router';
import { getCase, type CaseDetail } from './case_api';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; detail: CaseDetail }
  | { status: 'error'; code: number; message: string };

/** One case: the applicant's particulars and the linked cases. */
export function CaseDetailPage({ id }: { id: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [flash] = useState(takeFlash);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    getCase(id, controller.signal).then(
      (detail) => setLoad({ status: 'ready', detail }),
      (error: unknown) => {
        if (controller.signal.aborted || !(error instanceof ApiError)) return;
        setLoad({ status: 'error', code: error.status, message: error.message });
      },
    );
    return () => controller.abort();
  }, [id]);

  const back = (
    <p class="back-link">
      <Link href="/cases">{t('caseDetail.back')}</Link>
    </p>
  );

  if (load.status !== 'ready') {
    const message =
      load.status === 'loading'
        ? t('caseDetail.loading')
        : load.code === 404
          ? t('caseDetail.notFound')
          : load.code === 403
            ? t('cases.noAccess')
            : t('caseDetail.loadFailed', { detail: load.message });
    return (
      <>
        {back}
        <PageHeading title={load.status === 'loading' ? t('caseDetail.loading') : t('cases.title')} />
        {load.status === 'loading' ? <p role="status">{message}</p> : <Notice tone="error">{message}</Notice>}
      </>
    );
  }

  const { detail } = load;
  const a = detail.applicant;
  const notRecorded = <span class="muted">{t('caseDetail.notRecorded')}</span>;
  const languages = a.languages ?? [];
  return (
    <>
      {back}
      <PageHeading title={t('caseDetail.title', { caseNumber: detail.case_number })} />
      {flash && <Notice tone="success">{flash}</Notice>}
      <section aria-labelledby="applicant-heading" class="panel">
        <h2 id="applicant-heading">{t('caseDetail.applicant')}</h2>
        <dl class="facts">
          <Fact label={t('caseForm.familyName')}>{a.family_name || notRecorded}</Fact>
          <Fact label={t('caseForm.givenNames')}>{a.given_names || notRecorded}</Fact>
          <Fact label={t('caseForm.originalScript')} dir="auto">
            {a.names_original_script || notRecorded}
          </Fact>
          <Fact label={t('caseForm.dateOfBirth')}>{a.date_of_birth || notRecorded}</Fact>
          <Fact label={t('caseForm.nationality')}>
            {a.nationality ? withCode(countryName(a.nationality), a.nationality) : notRecorded}
          </Fact>
          <Fact label={t('caseDetail.languages')}>
            {languages.length > 0
              ? languages.map((code) => withCode(languageName(code), code)).join(', ')
              : notRecorded}
          </Fact>
          <Fact label={t('caseDetail.createdAt')}>{formatTimestamp(detail.created_at)}</Fact>
        </dl>
      </section>
      <section aria-labelledby="links-heading" class="panel">
        <h2 id="links-heading">{t('caseDetail.links')}</h2>
        {detail.links && detail.links.length > 0 ? (
          <ul class="plain-list">
            {detail.links.map((link) => (
              <li key={`${link.case_id}-${link.relation}`}>
                <span class="relation">{link.relation}</span>{' '}
                <Link href={casePath(link.case_id)}>{link.case_number}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('caseDetail.noLinks')}</p>
        )}
      </section>
      <CaseInterviews caseId={String(detail.id)} languages={languages} />
    </>
  );
}

function Fact({ label, dir, children }: { label: string; dir?: 'auto'; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd dir={dir}>{children}</dd>
    </div>
  );
}
