import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { Notice } from '../components/notice';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { formContentType, uploadForm } from './forms_api';

type Outcome = { tone: 'success' | 'error'; message: string } | null;

/**
 * The upload of a team's XLSForm. The server reads and checks the file; its message, which names
 * the sheet, row and column of a mistake, is shown as it is.
 */
export function FormUpload({ onStored }: { onStored: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [id, setId] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    if (!file) return setOutcome({ tone: 'error', message: t('forms.upload.noFile') });
    if (!formContentType(file.name)) {
      return setOutcome({ tone: 'error', message: t('forms.upload.wrongType', { name: file.name }) });
    }
    setBusy(true);
    setOutcome(null);
    try {
      const { form, replaced } = await uploadForm(file, id.trim());
      const params = { id: form.id, questions: form.questions, marked: form.marked_choices };
      setOutcome({ tone: 'success', message: t(replaced ? 'forms.upload.replaced' : 'forms.upload.done', params) });
      onStored();
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) return; // Expired: the app shows login.
      setOutcome({ tone: 'error', message: t('forms.upload.failed', { detail: cause instanceof Error ? cause.message : String(cause) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="tool-form" id="form-upload" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="form-upload-title">
      <h2 id="form-upload-title">{t('forms.upload.title')}</h2>
      <div class="field">
        <label for="form-file">{t('forms.upload.file')}</label>
        <p id="form-file-hint" class="hint">
          {t('forms.upload.fileHint')}
        </p>
        <input id="form-file" type="file" accept=".xlsx,.json" ref={fileInput} aria-describedby="form-file-hint" />
      </div>
      <TextField id="form-id" label={t('forms.upload.id')} hint={t('forms.upload.idHint')} value={id} onInput={setId} autoCapitalize="off" spellcheck={false} />
      <p>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('forms.upload.busy') : t('forms.upload.submit')}
        </button>
      </p>
      {outcome && (
        <Notice tone={outcome.tone} id="form-upload-outcome">
          {outcome.message}
        </Notice>
      )}
    </form>
  );
}
