/** Typed calls for the Admin area: users, locks and agency membership (admin only on the server). */
import { request } from '../api';
import { getGuide, listGuides } from '../guides/guide_api';

/** The roles the server knows (src/auth/role.cc), in the order the form offers them. */
export const ROLES = ['officer', 'supervisor', 'border_officer', 'referral_agency', 'lawyer', 'applicant', 'admin'] as const;

/** The server's password rule (src/auth/password.cc): counted in characters, not bytes. */
export const MIN_PASSWORD_LENGTH = 12;
const USERNAME = /^[a-z0-9._-]{1,64}$/;

export interface AdminUser {
  username: string;
  role: string;
  locked: boolean;
  /** "admin": locked until an administrator unlocks; "failed_logins": the automatic lockout. */
  locked_reason: 'admin' | 'failed_logins' | null;
  /** The agency a referral_agency user acts for (UN-6); null for other roles or none yet. */
  agency_id: string | null;
  created_at: string;
}

export interface NewUser {
  username: string;
  role: string;
  password: string;
}

/** An agency of some reference guide, as a referral_agency user can be assigned to it. */
export interface AgencyOption {
  id: string;
  name: string;
  country: string;
}

export async function listUsers(signal?: AbortSignal): Promise<AdminUser[]> {
  const body = await request<{ users: AdminUser[] }>('/users', { signal });
  return Array.isArray(body.users)
    ? body.users.map((u) => ({ ...u, locked_reason: u.locked_reason ?? null, agency_id: u.agency_id ?? null }))
    : [];
}

export function createUser(user: NewUser): Promise<{ username: string; role: string }> {
  return request('/users', { method: 'POST', body: user });
}

export function lockUser(username: string): Promise<void> {
  return request(`/users/${encodeURIComponent(username)}/lock`, { method: 'POST' });
}

export function unlockUser(username: string): Promise<void> {
  return request(`/users/${encodeURIComponent(username)}/unlock`, { method: 'POST' });
}

export function assignAgency(username: string, agencyId: string): Promise<AdminUser> {
  return request(`/users/${encodeURIComponent(username)}/agency`, { method: 'PUT', body: { agency_id: agencyId } });
}

/** Every agency of every guide, by country and then name (one request per guide: guides are few). */
export async function listAgencies(signal?: AbortSignal): Promise<AgencyOption[]> {
  const guides = await listGuides(signal);
  const full = await Promise.all(guides.map((g) => getGuide(g.country, signal)));
  return full
    .flatMap((g) => g.agencies.map((a) => ({ id: a.id, name: a.name, country: g.country })))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
}

export type NewUserField = keyof NewUser;
export type NewUserErrors = Partial<Record<NewUserField, string>>;

/** The checks the server makes too, so that most mistakes show before a round trip. */
export function validateNewUser(user: NewUser, messages: { username: string; password: string }): NewUserErrors {
  const errors: NewUserErrors = {};
  if (!USERNAME.test(user.username)) errors.username = messages.username;
  if ([...user.password].length < MIN_PASSWORD_LENGTH) errors.password = messages.password;
  return errors;
}
