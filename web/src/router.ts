/**
 * Path routing with the History API. The server answers index.html for every
 * GET outside /api, so every route here is also a bookmarkable address.
 */
import { useEffect, useState } from 'preact/hooks';

const CHANGE = 'verbatim:navigate';

export type Route =
  | { area: 'cases'; view: 'list' }
  | { area: 'cases'; view: 'new' }
  | { area: 'cases'; view: 'detail'; id: string }
  | { area: 'interviews'; view: 'index' }
  | { area: 'interviews'; view: 'room'; id: string }
  | { area: 'screening'; view: 'list' | 'new' | 'forms' }
  | { area: 'screening'; view: 'detail'; id: string }
  | ItemRoute<'referrals'>
  | ItemRoute<'guides'>
  | ItemRoute<'influx'>
  | { area: 'coi'; view: 'search' }
  | { area: 'coi'; view: 'document'; id: string }
  | { area: 'tools' | 'tasks' | 'admin' }
  | { area: 'notFound' };

/** An area with a list and its items. */
export type ItemRoute<A extends string> = { area: A; view: 'list' } | { area: A; view: 'detail'; id: string };

const SIMPLE_AREAS = ['tools', 'tasks', 'admin'] as const;
/** Areas of issue 5 with a list at /AREA and one item at /AREA/{id} (a guide's id is its country). */
const LIST_AREAS = ['screening', 'referrals', 'guides', 'influx'] as const;

/** Maps an address path to a route. `/` is the case list. */
export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { area: 'cases', view: 'list' };
  const [area, second, ...rest] = parts;
  if (area === 'cases') {
    if (second === undefined) return { area: 'cases', view: 'list' };
    if (rest.length > 0) return { area: 'notFound' };
    if (second === 'new') return { area: 'cases', view: 'new' };
    return { area: 'cases', view: 'detail', id: second };
  }
  if (area === 'interviews') {
    if (second === undefined) return { area: 'interviews', view: 'index' };
    if (rest.length > 0) return { area: 'notFound' };
    return { area: 'interviews', view: 'room', id: second };
  }
  if (area === 'coi') {
    if (second === undefined) return { area: 'coi', view: 'search' };
    if (second === 'documents' && rest.length === 1) return { area: 'coi', view: 'document', id: rest[0] };
    return { area: 'notFound' };
  }
  const listArea = LIST_AREAS.find((name) => name === area);
  if (listArea) {
    if (second === undefined) return { area: listArea, view: 'list' };
    if (rest.length > 0) return { area: 'notFound' };
    if (listArea === 'screening' && second === 'new') return { area: 'screening', view: 'new' };
    if (listArea === 'screening' && second === 'forms') return { area: 'screening', view: 'forms' };
    return { area: listArea, view: 'detail', id: second };
  }
  const simple = SIMPLE_AREAS.find((name) => name === area);
  if (simple && second === undefined) return { area: simple };
  return { area: 'notFound' };
}

export function casePath(id: string | number): string {
  return `/cases/${encodeURIComponent(String(id))}`;
}

/** The interview room of one interview. */
export function interviewPath(id: string): string {
  return `/interviews/${encodeURIComponent(id)}`;
}

/** One item of an issue-5 area: a screening, a referral, a country's guide, a group. */
export function itemPath(area: (typeof LIST_AREAS)[number], id: string): string {
  return `/${area}/${encodeURIComponent(id)}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current path; re-renders the caller on navigation and on back/forward. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return path;
}

/** Follows an in-app link without a page load, unless the user asked for a new tab or window. */
export function followLink(event: MouseEvent, href: string): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(href);
}
