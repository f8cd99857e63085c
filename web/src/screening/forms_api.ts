/**
 * Questionnaires a team loads itself (issue 5): the list of shipped and stored forms, and the
 * upload of an XLSForm file (.xlsx or .json). The file goes to the server as it is; the server's
 * reader checks it and answers with the sheet, row and column of any mistake.
 */
import { API_BASE, ApiError, problemFrom, request } from '../api';
import { t } from '../i18n';
import type { FormSummary } from './screening_api';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A form as GET /screening/forms lists it. Stored forms say who loaded them when. */
export interface RegisteredForm extends FormSummary {
  shipped: boolean;
  questions: number;
  marked_choices: number;
  format?: string;
  file_name?: string;
  uploaded_at?: string;
  uploaded_by?: string;
  /** A stored form the server can no longer read: the reader's message. */
  problem?: string;
}

export async function listRegisteredForms(signal?: AbortSignal): Promise<RegisteredForm[]> {
  return (await request<{ forms: RegisteredForm[] }>('/screening/forms', { signal })).forms;
}

/** The Content-Type the server reads a file as, by its extension; null for any other file. */
export function formContentType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  if (lower.endsWith('.json')) return 'application/json';
  return null;
}

let csrf: string | null = null;

// A file body cannot go through `request` (JSON only); the CSRF token comes from GET /me, as the
// API documents.
async function csrfToken(): Promise<string> {
  if (csrf === null) csrf = (await request<{ csrf_token: string }>('/me')).csrf_token;
  return csrf;
}

/**
 * Stores the file as a questionnaire: under `id` (PUT), or under the form_id of its settings
 * sheet when `id` is empty (POST). Resolves to the stored form and whether it replaced a stored
 * form of that id (200, not 201); rejects with the server's problem.
 */
export async function uploadForm(file: File, id: string): Promise<{ form: RegisteredForm; replaced: boolean }> {
  const type = formContentType(file.name) ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': type,
    'X-CSRF-Token': await csrfToken(),
  };
  // Header values are ASCII; a name in another script is left out and the server names the file.
  if (/^[\x20-\x7e]+$/.test(file.name)) headers['X-File-Name'] = file.name;
  const path = id ? `/screening/forms/${encodeURIComponent(id)}` : '/screening/forms';
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method: id ? 'PUT' : 'POST',
      credentials: 'same-origin',
      headers,
      body: file,
    });
  } catch {
    throw new ApiError({ status: 0, title: t('error.network'), detail: t('error.network') });
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return { form: (await response.json()) as RegisteredForm, replaced: response.status === 200 };
}
