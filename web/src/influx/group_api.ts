/** Typed calls for mass influx (UN-8): group registration with minimal data per person. */
import { API_BASE, request } from '../api';

export const GROUP_KINDS = ['family', 'group'] as const;
export const DETERMINATION_KINDS = ['group_status', 'temporary_protection'] as const;
export const GROUP_DECISION_KINDS = ['return', 'refusal_of_entry', 'admission'] as const;

export interface Member {
  name: string;
  sex: string;
  approximate_age: number | null;
  nationality: string;
  specific_needs: string[];
}

export interface Determination {
  kind: string;
  note?: string;
  at?: string;
  by?: string;
}

export interface Group {
  id: string;
  kind: string;
  location: string;
  note?: string;
  members: Member[];
  determination?: Determination | null;
  determinations?: Determination[];
  /** Decisions on the whole group (a return is refused: UN-8). */
  decisions?: Determination[];
  /** In the list, which may leave the members out. */
  member_count?: number;
  created_at?: string;
  created_by?: string;
}

export interface NewGroup {
  kind: string;
  location: string;
  note: string;
  members: Member[];
}

function normalise(group: Group): Group {
  return { ...group, members: Array.isArray(group.members) ? group.members : [] };
}

/** The determinations recorded for the group, newest last, whatever shape the server uses. */
export function determinationsOf(group: Group): Determination[] {
  if (Array.isArray(group.determinations)) return group.determinations;
  return group.determination ? [group.determination] : [];
}

export async function listGroups(signal?: AbortSignal): Promise<Group[]> {
  const body = await request<{ groups: Group[] }>('/groups', { signal });
  return Array.isArray(body.groups) ? body.groups.map(normalise) : [];
}

export async function getGroup(id: string, signal?: AbortSignal): Promise<Group> {
  return normalise(await request<Group>(`/groups/${encodeURIComponent(id)}`, { signal }));
}

export async function createGroup(group: NewGroup): Promise<Group> {
  return normalise(await request<Group>('/groups', { method: 'POST', body: group }));
}

export function addMembers(id: string, members: Member[]): Promise<unknown> {
  return request(`/groups/${encodeURIComponent(id)}/members`, { method: 'POST', body: { members } });
}

export function recordDetermination(id: string, kind: string, note: string): Promise<unknown> {
  return request(`/groups/${encodeURIComponent(id)}/determination`, { method: 'POST', body: { kind, note } });
}

/** A decision on the whole group; a return is refused (409): non-refoulement applies to all. */
export function recordGroupDecision(id: string, kind: string, note: string): Promise<unknown> {
  return request(`/groups/${encodeURIComponent(id)}/decisions`, { method: 'POST', body: { kind, note } });
}

export function exportUrl(id: string): string {
  return `${API_BASE}/groups/${encodeURIComponent(id)}/export.csv`;
}
