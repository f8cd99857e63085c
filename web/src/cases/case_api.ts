/** Typed calls for /api/v1/cases. */
import { request } from '../api';

export interface Applicant {
  family_name: string;
  given_names: string;
  names_original_script: string;
  /** YYYY-MM-DD, or partial YYYY-MM / YYYY when the day is not known. */
  date_of_birth: string;
  /** ISO 3166-1 alpha-2, upper case. */
  nationality: string;
  /** ISO 639 codes. */
  languages: string[];
}

export type CaseId = string | number;

export interface CaseSummary {
  id: CaseId;
  case_number: string;
  created_at: string;
  applicant: Applicant;
}

export interface CaseLink {
  case_id: CaseId;
  case_number: string;
  relation: string;
}

export interface CaseDetail extends CaseSummary {
  links?: CaseLink[];
}

export interface CreatedCase {
  id: CaseId;
  case_number: string;
}

/** Lists cases; `q` searches names (Latin and original script) and case numbers. */
export async function listCases(q: string, signal?: AbortSignal): Promise<CaseSummary[]> {
  const body = await request<{ cases: CaseSummary[] }>('/cases', { query: { q: q.trim() }, signal });
  return body.cases ?? [];
}

export function createCase(applicant: Partial<Applicant>): Promise<CreatedCase> {
  return request<CreatedCase>('/cases', { method: 'POST', body: { applicant } });
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return request<CaseDetail>(`/cases/${encodeURIComponent(id)}`, { signal });
}
