import { describe, expect, test } from 'vitest';
import { matchesActivity } from '../../../src/lib/search/activity-filter.ts';
import { facetsOf, queryOf, searchQueryString } from '../../../src/lib/search/facets.ts';
import { timeBandsOf } from '../../../src/lib/search/time-bands.ts';

describe('time bands', () => {
  test('an activity is in every band it fits in, and only in "long" when over an hour', () => {
    expect(timeBandsOf(5)).toEqual(['10', '30', '60']);
    expect(timeBandsOf(10)).toEqual(['10', '30', '60']);
    expect(timeBandsOf(11)).toEqual(['30', '60']);
    expect(timeBandsOf(30)).toEqual(['30', '60']);
    expect(timeBandsOf(60)).toEqual(['60']);
    expect(timeBandsOf(61)).toEqual(['long']);
    expect(timeBandsOf(120)).toEqual(['long']);
  });
});

describe('search state in the URL', () => {
  test('reads the query and the offered filters, ignoring empty and unknown parameters', () => {
    const params = new URLSearchParams('q=%20friends%20&audience=ages-11-14&kind=&time=10&utm=x');
    expect(queryOf(params)).toBe('friends');
    expect(facetsOf(params)).toEqual({ audience: 'ages-11-14', time: '10' });
    expect(facetsOf(params, ['time'])).toEqual({ time: '10' });
    expect(queryOf(new URLSearchParams(''))).toBe('');
  });

  test('writes the query and filters in a stable order, without empty values', () => {
    expect(searchQueryString(' 网络 安全 ', { time: '30', campaign: 'sid-2027', kind: '' })).toBe(
      'q=%E7%BD%91%E7%BB%9C+%E5%AE%89%E5%85%A8&campaign=sid-2027&time=30',
    );
    expect(searchQueryString('', {})).toBe('');
  });

  test('round-trips through URLSearchParams', () => {
    const selection = { audience: 'ages-7-11', purpose: 'youth-led' };
    const params = new URLSearchParams(searchQueryString('أمان', selection));
    expect([queryOf(params), facetsOf(params)]).toEqual(['أمان', selection]);
  });
});

describe('activity finder filter', () => {
  const activity = { audience: 'ages-11-14', purpose: 'start-conversations', minutes: 10 };

  test('matches everything when nothing is chosen', () => {
    expect(matchesActivity(activity, {})).toBe(true);
  });

  test('"ages 11-14, up to 10 minutes" finds a 10-minute activity for that age, but not a longer one or another age', () => {
    const selection = { audience: 'ages-11-14', time: '10' };
    expect(matchesActivity(activity, selection)).toBe(true);
    expect(matchesActivity({ ...activity, minutes: 15 }, selection)).toBe(false);
    expect(matchesActivity({ ...activity, audience: 'ages-7-11' }, selection)).toBe(false);
  });

  test('a longer time band includes shorter activities; purpose must match exactly', () => {
    expect(matchesActivity(activity, { time: '60' })).toBe(true);
    expect(matchesActivity(activity, { time: 'long' })).toBe(false);
    expect(matchesActivity(activity, { purpose: 'engage-families' })).toBe(false);
  });
});
