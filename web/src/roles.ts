/**
 * What each role may see in the front end. The server enforces the same rules
 * (it answers 403); the front end only avoids offering what would be refused.
 */
import { t, type MessageKey } from './i18n';

const CASE_ROLES = new Set(['officer', 'supervisor']);

export function canSeeCases(role: string): boolean {
  return CASE_ROLES.has(role);
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
