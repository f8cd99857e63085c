/** Typed calls for referrals (UN-6): sent → acknowledged → accepted | declined → closed. */
import { API_BASE, request } from '../api';
import { formatTimestamp } from '../format';

export const REFERRAL_STATUSES = ['sent', 'acknowledged', 'accepted', 'declined', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['acknowledge', 'accept', 'decline', 'close'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export interface ReferralEvent {
  action: string;
  at: string;
  by: string;
  note?: string;
}

export interface Referral {
  id: string;
  screening_id: string;
  person: { name?: string; sex?: string; approximate_age?: number | null; nationality?: string };
  category: string;
  agency: { id: string; name: string };
  priority: string;
  reason: string;
  /** The person's consent, or why it was overridden. */
  consent: { given: boolean; override_reason?: string };
  status: string;
  events: ReferralEvent[];
  /** When the agency must have acknowledged it (an overdue one becomes a task for the sender). */
  acknowledge_due?: string;
  acknowledgement_overdue?: boolean;
  sent_at?: string;
  sent_by?: string;
}

function normalise(referral: Referral): Referral {
  return {
    ...referral,
    person: referral.person ?? {},
    agency: referral.agency ?? { id: '', name: '' },
    consent: referral.consent ?? { given: false },
    events: Array.isArray(referral.events) ? referral.events : [],
  };
}

export async function listReferrals(status?: string, signal?: AbortSignal): Promise<Referral[]> {
  const body = await request<{ referrals: Referral[] }>('/referrals', { query: { status }, signal });
  return Array.isArray(body.referrals) ? body.referrals.map(normalise) : [];
}

export async function getReferral(id: string, signal?: AbortSignal): Promise<Referral> {
  return normalise(await request<Referral>(`/referrals/${encodeURIComponent(id)}`, { signal }));
}

/** One step of the lifecycle; a step the status does not allow is refused (409). */
export async function actOnReferral(id: string, action: ReferralAction, note: string): Promise<Referral | undefined> {
  const body = await request<Referral | undefined>(`/referrals/${encodeURIComponent(id)}/events`, {
    method: 'POST',
    body: { action, note },
  });
  return body && typeof body === 'object' && 'id' in body ? normalise(body) : undefined;
}

/** A day ("2026-11-23") as it is; a timestamp in local time. */
export function dayOrTime(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatTimestamp(value);
}

/** The printable referral slip (a new tab: the server forbids framing). */
export function slipUrl(id: string): string {
  return `${API_BASE}/referrals/${encodeURIComponent(id)}/slip.pdf`;
}

/**
 * The steps the status allows, for the buttons: the agency acknowledges, then accepts or declines;
 * the sender or the agency closes. The server checks again.
 */
export function allowedActions(status: string, asAgency: boolean): ReferralAction[] {
  switch (status) {
    case 'sent':
      return asAgency ? ['acknowledge'] : [];
    case 'acknowledged':
      return asAgency ? ['accept', 'decline'] : [];
    case 'accepted':
    case 'declined':
      return ['close'];
    default:
      return [];
  }
}
