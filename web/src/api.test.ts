import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onUnauthorized, request, setCsrfToken } from './api';
import { installFakeFetch, json, noContent, problem } from './test/fake_fetch';

afterEach(() => {
  setCsrfToken(null);
  onUnauthorized(null);
});

describe('request', () => {
  it('sends GETs with the session cookie, asks for JSON and sends no CSRF token', async () => {
    const { requests } = installFakeFetch({ 'GET /api/v1/cases': () => json(200, { cases: [] }) });
    setCsrfToken('tok-1');
    const body = await request('/cases', { query: { q: 'Ahmad Mohammed', empty: '' } });
    expect(body).toEqual({ cases: [] });
    expect(requests[0].credentials).toBe('same-origin');
    expect(requests[0].headers.accept).toBe('application/json');
    expect(requests[0].headers['x-csrf-token']).toBeUndefined();
    expect(requests[0].url).toBe('/api/v1/cases?q=Ahmad+Mohammed');
  });

  it.each(['POST', 'DELETE', 'PUT', 'PATCH'] as const)('sends the CSRF token on %s', async (method) => {
    const { requests } = installFakeFetch({ [`${method} /api/v1/x`]: () => json(200, { ok: true }) });
    setCsrfToken('tok-2');
    await request('/x', { method, body: { a: 1 } });
    expect(requests[0].headers['x-csrf-token']).toBe('tok-2');
    expect(requests[0].headers['content-type']).toBe('application/json');
    expect(requests[0].body).toEqual({ a: 1 });
  });

  it('resolves to undefined on 204 No Content', async () => {
    installFakeFetch({ 'DELETE /api/v1/session': () => noContent() });
    await expect(request('/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns a problem+json body into an ApiError with detail and field errors', async () => {
    installFakeFetch({
      'POST /api/v1/cases': () =>
        problem(400, 'The applicant is not valid.', {
          errors: [{ field: 'applicant.nationality', message: 'Unknown country code.' }, { bogus: true }],
        }),
    });
    const error = await request('/cases', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('The applicant is not valid.');
    expect(apiError.problem.title).toBe('Problem');
    expect(apiError.fieldErrors).toEqual([{ field: 'applicant.nationality', message: 'Unknown country code.' }]);
  });

  it('falls back to a generic message when the error body is not JSON', async () => {
    installFakeFetch({
      'GET /api/v1/cases': () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });
    const error = (await request('/cases').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.message).toBe('Something went wrong (status 502).');
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await request('/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/could not be reached/);
  });

  it('tells the unauthorized handler about a 401, unless the call allows it', async () => {
    installFakeFetch({ 'GET /api/v1/cases': () => problem(401, 'Not logged in.'), 'GET /api/v1/me': () => problem(401, 'Not logged in.') });
    const handler = vi.fn();
    onUnauthorized(handler);
    await expect(request('/me', { allowUnauthorized: true })).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();
    await expect(request('/cases')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not call the unauthorized handler for 403', async () => {
    installFakeFetch({ 'GET /api/v1/cases': () => problem(403, 'Forbidden.') });
    const handler = vi.fn();
    onUnauthorized(handler);
    await expect(request('/cases')).rejects.toMatchObject({ status: 403, message: 'Forbidden.' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('keeps a charter refusal: its rule, every refusal and the open checklist items', async () => {
    installFakeFetch({
      'POST /api/v1/interviews/1/entries': () =>
        problem(409, 'The opening is not complete.', {
          rule: 'CH-3',
          refusals: [{ rule: 'CH-3', severity: 'violation', message: 'The opening is not complete.' }, { bogus: 1 }],
          open_items: ['CH-3.1', 7, 'CH-3.10'],
        }),
    });
    const error = (await request('/interviews/1/entries', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(409);
    expect(error.problem.rule).toBe('CH-3');
    expect(error.problem.refusals).toEqual([{ rule: 'CH-3', severity: 'violation', message: 'The opening is not complete.' }]);
    expect(error.problem.open_items).toEqual(['CH-3.1', 'CH-3.10']);
  });
});
