import { expect, test } from 'vitest';
import {
  lighthouseFailures,
  onlyPerformanceFails,
  scoreSummary,
  type LighthouseResult,
} from '../../helpers/quality/lighthouse-scores.ts';

const result = (scores: Record<string, number | null>, audits: LighthouseResult['audits'] = {}): LighthouseResult => ({
  categories: Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [
      id,
      { title: id.toUpperCase(), score, auditRefs: Object.keys(audits).map((audit) => ({ id: audit, weight: 7 })) },
    ]),
  ),
  audits,
});

test('a page at 100, 100, 100 and 95 passes', () => {
  const passing = result({ accessibility: 1, 'best-practices': 1, seo: 1, performance: 0.95 });
  expect(lighthouseFailures(passing)).toEqual([]);
  expect(scoreSummary(passing)).toBe('accessibility 100, best-practices 100, seo 100, performance 95');
});

test('a category under its target is reported with the audits that did not pass, informative ones left out', () => {
  const failing = result(
    { accessibility: 0.93, 'best-practices': 1, seo: 1, performance: 0.94 },
    {
      'color-contrast': { title: 'Contrast', score: 0, scoreDisplayMode: 'binary' },
      'largest-contentful-paint': { title: 'LCP', score: 0.8, scoreDisplayMode: 'numeric', displayValue: '3.1 s' },
      'image-alt': { title: 'Alt', score: 1, scoreDisplayMode: 'binary' },
      diagnostics: { title: 'Diagnostics', score: null, scoreDisplayMode: 'informative' },
    },
  );
  expect(lighthouseFailures(failing)).toEqual([
    '  ACCESSIBILITY: 93, below 100',
    '    color-contrast: Contrast, score 0, weight 7',
    '    largest-contentful-paint: LCP (3.1 s), score 80, weight 7',
    '  PERFORMANCE: 94, below 95',
    '    color-contrast: Contrast, score 0, weight 7',
    '    largest-contentful-paint: LCP (3.1 s), score 80, weight 7',
  ]);
});

test('a page that could not be audited, or a missing category, fails', () => {
  expect(lighthouseFailures({ ...result({}), runtimeError: { code: 'NO_FCP', message: 'nothing painted' } })).toEqual([
    '  not audited: NO_FCP: nothing painted',
  ]);
  expect(lighthouseFailures(result({ accessibility: 1 }), { seo: 1 })).toEqual(['seo: not in the result']);
});

test('only a page that misses the performance target alone is worth auditing again', () => {
  const slow = result({ accessibility: 1, 'best-practices': 1, seo: 1, performance: 0.8 });
  const inaccessible = result({ accessibility: 0.9, 'best-practices': 1, seo: 1, performance: 0.8 });
  const fine = result({ accessibility: 1, 'best-practices': 1, seo: 1, performance: 1 });
  expect([slow, inaccessible, fine].map((item) => onlyPerformanceFails(item))).toEqual([true, false, false]);
});
