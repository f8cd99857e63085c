/**
 * What each role may see in the front end. The server enforces the same rules
 * (it answers 403); the front end only avoids offering what would be refused.
 */
import { t, type MessageKey } from './i18n';

const CASE_ROLES = new Set(['officer', 'supervisor']);

export function canSeeCases(role: string): boolean {
  return CASE_ROLES.has(role);
}

/** Tasks (AS-3): officers' deadlines, and border officers' overdue referral acknowledgements. */
const TASK_ROLES = new Set(['officer', 'supervisor', 'border_officer']);

export function canSeeTasks(role: string): boolean {
  return TASK_ROLES.has(role);
}

/** Country information: the roles GET /api/v1/coi/search admits. */
const COI_ROLES = new Set(['officer', 'supervisor', 'border_officer', 'admin']);

export function canUseCoi(role: string): boolean {
  return COI_ROLES.has(role);
}

export function isAdmin(role: string): boolean {
  return role === 'admin';
}

/** The role's name for people; an unknown role is shown as the server spells it. */
export function roleLabel(role: string): string {
  const key = `role.${role}` as MessageKey;
  const label = t(key);
  return label === key ? role : label;
}

const TOOL_ROLES = new Set(['officer', 'supervisor', 'border_officer']);

/** The Tools area: dates, currencies, deadlines. */
export function canUseTools(role: string): boolean {
  return TOOL_ROLES.has(role);
}

// Issue 5, identification and referral at the border (UN-1..UN-10). The server decides; these
// sets only keep the navigation to what each role can use.
const SCREENING_WRITERS = new Set(['border_officer', 'supervisor', 'admin']);
const SCREENING_READERS = new Set([...SCREENING_WRITERS, 'officer']);
const REFERRAL_ROLES = new Set(['referral_agency', 'border_officer', 'supervisor']);
const GUIDE_READERS = new Set(['admin', 'border_officer', 'supervisor', 'referral_agency']);
const INFLUX_ROLES = new Set(['border_officer', 'supervisor']);

/** Screenings at the border: border officers, supervisors and admins record them; officers read. */
export function canSeeScreenings(role: string): boolean {
  return SCREENING_READERS.has(role);
}

export function canScreen(role: string): boolean {
  return SCREENING_WRITERS.has(role);
}

/** Referrals: a receiving agency sees those addressed to it; senders see theirs. */
export function canSeeReferrals(role: string): boolean {
  return REFERRAL_ROLES.has(role);
}

/** Whether the role acts on referrals as a receiving agency (acknowledge, accept, decline). */
export function isReferralAgency(role: string): boolean {
  return role === 'referral_agency';
}

/** The National Reference Guide (UN-7): staff read it; only admins edit it. */
export function canReadGuides(role: string): boolean {
  return GUIDE_READERS.has(role);
}

export function canEditGuides(role: string): boolean {
  return isAdmin(role);
}

/** Mass influx (UN-8): group registration at the border. */
export function canRegisterGroups(role: string): boolean {
  return INFLUX_ROLES.has(role);
}

/** Where `/` leads the roles that work at the border rather than on cases; null: the case list. */
export function homePath(role: string): string | null {
  if (role === 'border_officer') return '/screening';
  if (role === 'referral_agency') return '/referrals';
  return null;
}
