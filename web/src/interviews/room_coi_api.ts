/** The statement comparison of the interview room (issue 6, AS-5): POST /api/v1/coi/compare. */
import { request } from '../api';
import type { CoiHit } from '../coi/coi_api';

export interface ComparedPlace {
  name: string;
  country: string;
  kind: 'country' | 'region' | 'city';
  /** The words as the statement writes them. */
  matched: string;
}

export interface ComparedActor {
  name: string;
  countries: string[];
  /** The data/coi report that names the actor. */
  source: string;
  matched: string;
}

export interface ComparedPeriod {
  /** Gregorian days, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  matched: string;
  calendar: string;
  precision: string;
}

/** Why a passage is about the statement's time: it names a year of it, or its report covers it. */
export type TimeMatch = 'none' | 'year_in_text' | 'publication';

export interface ComparedPassage extends CoiHit {
  time_match: TimeMatch;
}

/** One sentence and the sources beside it. There is no verdict in it: the officer judges. */
export interface ComparedStatement {
  text: string;
  places: ComparedPlace[];
  actors: ComparedActor[];
  periods: ComparedPeriod[];
  /** "sources on Ghazni, Taliban, 2019"; empty when it names no place or actor. */
  caption: string;
  passages: ComparedPassage[];
}

export interface Comparison {
  statements: ComparedStatement[];
}

/** What to compare: an entry of the record (the server checks and audits the read) or typed text. */
export type CompareSource = { interviewId: string; seq: number } | { text: string };

export function compareWithSources(source: CompareSource, signal?: AbortSignal): Promise<Comparison> {
  const body = 'text' in source ? { text: source.text } : { interview_id: source.interviewId, entry_id: source.seq };
  return request<Comparison>('/coi/compare', { method: 'POST', body, signal });
}
