/** What the wizard loads before it starts: the forms, the chosen form, the guide countries. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t } from '../i18n';
import { listGuides } from '../guides/guide_api';
import { getForm, listForms, type FormSummary, type ScreeningForm } from './screening_api';

/** The form shipped for Annex 1 (issue 5); chosen first when the server has it. */
export const DEFAULT_FORM = 'unhcr-annex1';

export type WizardData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; forms: FormSummary[]; form: ScreeningForm; countries: string[] };

export function useWizardData(formId: string | null): WizardData {
  const [data, setData] = useState<WizardData>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    (async () => {
      try {
        const forms = await listForms(signal);
        const chosen = formId ?? (forms.find((f) => f.id === DEFAULT_FORM) ?? forms[0])?.id;
        if (!chosen) throw new ApiError({ status: 404, detail: t('screening.noForms') });
        const [form, guides] = await Promise.all([getForm(chosen, signal), listGuides(signal).catch(() => [])]);
        if (!signal.aborted) setData({ status: 'ready', forms, form, countries: guides.map((g) => g.country) });
      } catch (error) {
        if (signal.aborted) return;
        setData({ status: 'error', message: error instanceof ApiError ? error.message : String(error) });
      }
    })();
    return () => controller.abort();
  }, [formId]);
  return data;
}
