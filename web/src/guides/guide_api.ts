/** Typed calls for the National Reference Guide (UN-7): one directory of agencies per country. */
import { API_BASE, request } from '../api';

/** The Annex 2 categories, in the order the guide lists them. */
export const CATEGORIES = [
  'asylum_authority',
  'child_protection',
  'anti_trafficking',
  'victims_of_violence',
  'assistance_organisations',
  'unhcr',
  'medical',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface GuideSummary {
  country: string;
  /** Invented data shipped to show the feature; never to be used for a real referral. */
  example: boolean;
  maintained_by: string;
  last_updated: string;
}

export interface Agency {
  id: string;
  category: string;
  name: string;
  services: string;
  unit: string;
  telephone: string;
  address: string;
  working_hours: string;
  hotline: string;
  contact_person: string;
}

export interface Guide extends GuideSummary {
  agencies: Agency[];
}

export const AGENCY_FIELDS = ['name', 'services', 'unit', 'telephone', 'address', 'working_hours', 'hotline', 'contact_person'] as const;
export type AgencyField = (typeof AGENCY_FIELDS)[number];

export async function listGuides(signal?: AbortSignal): Promise<GuideSummary[]> {
  const body = await request<{ guides: GuideSummary[] }>('/guides', { signal });
  return Array.isArray(body.guides) ? body.guides : [];
}

export async function getGuide(country: string, signal?: AbortSignal): Promise<Guide> {
  const guide = await request<Guide>(`/guides/${encodeURIComponent(country)}`, { signal });
  return { ...guide, agencies: Array.isArray(guide.agencies) ? guide.agencies : [] };
}

/** Saves the whole guide (admin only); the server sets last_updated to today. */
export function saveGuide(guide: Guide): Promise<Guide> {
  return request<Guide>(`/guides/${encodeURIComponent(guide.country)}`, { method: 'PUT', body: guide });
}

/** The printable guide, to attach to the questionnaire (opens in a new tab: framing is forbidden). */
export function guidePdfUrl(country: string): string {
  return `${API_BASE}/guides/${encodeURIComponent(country)}/pdf`;
}

/**
 * The guide with an id for every agency added in the editor: the country and category, numbered
 * when taken ("kz-assistance-organisations-2"). Ids are unique across guides; the country prefix
 * keeps them apart.
 */
export function withAgencyIds(guide: Guide): Guide {
  const taken = new Set(guide.agencies.map((a) => a.id).filter(Boolean));
  const agencies = guide.agencies.map((agency) => {
    if (agency.id) return agency;
    const base = `${guide.country}-${agency.category}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 58);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...agency, id };
  });
  return { ...guide, agencies };
}

export function emptyAgency(category: string): Agency {
  return { id: '', category, name: '', services: '', unit: '', telephone: '', address: '', working_hours: '', hotline: '', contact_person: '' };
}
