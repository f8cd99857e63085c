/**
 * A stand-in for window.fetch in unit tests: answers by "METHOD /path" and
 * records every request with its headers and body.
 */
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  search: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  credentials?: RequestCredentials;
}

export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Installs the fake; `routes` maps "GET /api/v1/me" to a handler. Unknown routes answer 404. */
export function installFakeFetch(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fake = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://verbatim.test');
    const headers = Object.fromEntries(
      Object.entries((init.headers as Record<string, string>) ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const recorded: RecordedRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      path: url.pathname,
      search: url.searchParams,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    };
    requests.push(recorded);
    const handler = routes[`${recorded.method} ${recorded.path}`];
    return handler ? handler(recorded) : problem(404, `No route for ${recorded.method} ${recorded.path}`);
  });
  vi.stubGlobal('fetch', fake);
  return { requests, fake, routes };
}

export const OFFICER = { username: 'officer', role: 'officer' };

export const SAMPLE_CASE = {
  id: 7,
  case_number: 'VB-2025-000007',
  created_at: '2025-03-01T09:30:00Z',
  applicant: {
    family_name: 'Ahmad',
    given_names: 'Mohammed',
    names_original_script: 'محمد أحمد',
    date_of_birth: '1990-05-04',
    nationality: 'SY',
    languages: ['ar'],
  },
};
