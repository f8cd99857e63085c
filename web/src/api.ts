/**
 * The one way the front end talks to the server.
 *
 * Every request sends the session cookie (same origin only) and JSON; every
 * request that changes state carries the CSRF token given at login. Errors
 * come back as RFC 9457 problem documents and are thrown as `ApiError`.
 * A 401 on any call that expects a session means the session is gone: the
 * registered handler is told once per call, so the app can return to login.
 */
import { t } from './i18n';

export const API_BASE = '/api/v1';

/** One invalid field, as the server reports it in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/** One finding of a rule check: a refusal or a warning naming its rule ("CH-11.1"). */
export interface Finding {
  rule: string;
  severity: string;
  message: string;
}

/**
 * An `application/problem+json` body. A refusal by a rule (409) adds the rule,
 * every refusal and, where it applies, the checklist items still open.
 */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  rule?: string;
  refusals?: Finding[];
  open_items?: string[];
}

/** A failed API call. `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || t('error.unexpected', { status: problem.status }));
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** The call may legitimately answer 401 (login, session probe): do not treat it as expiry. */
  allowUnauthorized?: boolean;
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Sets the token sent as `X-CSRF-Token` on state-changing requests (null after logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what happens when the server says the session is no longer valid. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return API_BASE + path + (search ? `?${search}` : '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProblemLike(value: unknown): value is Partial<Problem> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns a failed response into a Problem, whatever the server sent. */
export async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = {
    status: response.status,
    title: t('error.unexpected', { status: response.status }),
  };
  const type = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(type)) return fallback;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  if (!isProblemLike(body)) return fallback;
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldError =>
          isProblemLike(e) && typeof e.field === 'string' && typeof e.message === 'string',
      )
    : undefined;
  const refusals = Array.isArray(body.refusals)
    ? body.refusals.filter(
        (f): f is Finding => isRecord(f) && typeof f.rule === 'string' && typeof f.message === 'string',
      )
    : undefined;
  const openItems = Array.isArray(body.open_items)
    ? body.open_items.filter((item): item is string => typeof item === 'string')
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : undefined,
    title: typeof body.title === 'string' ? body.title : fallback.title,
    status: typeof body.status === 'number' ? body.status : response.status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
    rule: typeof body.rule === 'string' ? body.rule : undefined,
    refusals,
    open_items: openItems,
  };
}

/** Sends one request; resolves to the parsed JSON body (undefined for 204). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: t('error.network'), detail: t('error.network') });
  }

  if (!response.ok) {
    const problem = await problemFrom(response);
    if (response.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
