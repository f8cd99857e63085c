import { describe, expect, it } from 'vitest';
import { casePath, interviewPath, parseRoute } from './router';

describe('parseRoute', () => {
  it.each([
    ['/', { area: 'cases', view: 'list' }],
    ['/cases', { area: 'cases', view: 'list' }],
    ['/cases/', { area: 'cases', view: 'list' }],
    ['/cases/new', { area: 'cases', view: 'new' }],
    ['/cases/42', { area: 'cases', view: 'detail', id: '42' }],
    ['/cases/a%2Fb', { area: 'cases', view: 'detail', id: 'a/b' }],
    ['/cases/42/extra', { area: 'notFound' }],
    ['/interviews', { area: 'interviews', view: 'index' }],
    ['/interviews/05fe9b', { area: 'interviews', view: 'room', id: '05fe9b' }],
    ['/interviews/05fe9b/x', { area: 'notFound' }],
    ['/admin', { area: 'admin' }],
    ['/screening', { area: 'screening', view: 'list' }],
    ['/screening/new', { area: 'screening', view: 'new' }],
    ['/screening/ab12', { area: 'screening', view: 'detail', id: 'ab12' }],
    ['/referrals/r1', { area: 'referrals', view: 'detail', id: 'r1' }],
    ['/guides', { area: 'guides', view: 'list' }],
    ['/guides/KZ', { area: 'guides', view: 'detail', id: 'KZ' }],
    ['/influx/g1/x', { area: 'notFound' }],
    ['/coi/x', { area: 'notFound' }],
    ['/nowhere', { area: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('builds case paths that parse back to the same id', () => {
    expect(parseRoute(casePath('VB/1'))).toEqual({ area: 'cases', view: 'detail', id: 'VB/1' });
  });

  it('builds interview room paths that parse back to the same id', () => {
    expect(parseRoute(interviewPath('a b'))).toEqual({ area: 'interviews', view: 'room', id: 'a b' });
  });
});
