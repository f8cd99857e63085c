import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { formatTimestamp } from '../format';
import { t } from '../i18n';
import { isAdmin } from '../roles';
import { listRegisteredForms, type RegisteredForm } from './forms_api';
import { FormUpload } from './form_upload';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; forms: RegisteredForm[] };

/** The Questionnaires page (/screening/forms, admins): the forms screenings can use, and the upload. */
export function FormsPage({ role }: { role: string }) {
  if (!isAdmin(role)) {
    return (
      <>
        <PageHeading title={t('forms.title')} />
        <Notice>{t('forms.noAccess')}</Notice>
      </>
    );
  }
  return <Forms />;
}

function Forms() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    listRegisteredForms(controller.signal).then(
      (forms) => setLoad({ status: 'ready', forms }),
      (error) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [generation]);

  return (
    <>
      <PageHeading title={t('forms.title')} />
      <p class="intro">{t('forms.intro')}</p>
      {load.status === 'loading' && <p role="status">{t('forms.loading')}</p>}
      {load.status === 'error' && <Notice tone="error">{t('forms.loadFailed', { detail: load.message })}</Notice>}
      {load.status === 'ready' && <FormsTable forms={load.forms} />}
      <FormUpload onStored={() => setGeneration((g) => g + 1)} />
    </>
  );
}

function FormsTable({ forms }: { forms: RegisteredForm[] }) {
  return (
    <div class="table-wrap">
      <table class="data-table" id="forms-table">
        <caption class="visually-hidden">{t('forms.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forms.col.id')}</th>
            <th scope="col">{t('forms.col.title')}</th>
            <th scope="col">{t('forms.col.source')}</th>
            <th scope="col">{t('forms.col.languages')}</th>
            <th scope="col">{t('forms.col.questions')}</th>
            <th scope="col">{t('forms.col.marked')}</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((form) => (
            <tr key={form.id} data-form={form.id}>
              <td>
                <code>{form.id}</code>
              </td>
              <td dir="auto">{form.title}</td>
              <td>
                {form.shipped
                  ? t('forms.shipped')
                  : t('forms.stored', {
                      who: form.uploaded_by ?? '—',
                      when: form.uploaded_at ? formatTimestamp(form.uploaded_at) : '—',
                      file: form.file_name ?? '—',
                    })}
                {form.problem && <Notice tone="warning">{t('forms.unreadable', { detail: form.problem })}</Notice>}
              </td>
              <td>
                <ul class="plain-list">
                  {form.languages.map((l) => (
                    <li key={l.code}>
                      {t('forms.language', { name: l.name, code: l.code })}:{' '}
                      {l.reviewed ? t('forms.reviewed') : <strong>{t('forms.notReviewed')}</strong>}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{form.questions}</td>
              <td>{form.marked_choices}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
