import { expect, test } from 'vitest';
import { pluralCategory } from '../../../src/i18n/plural.ts';
import { uiDictionaries } from '../../../src/i18n/ui/index.ts';

test('a count picks its language’s plural form: Arabic and Russian have their own, none is “zero” everywhere', () => {
  expect([0, 1, 2, 3, 11, 12, 100].map((n) => pluralCategory(n, 'ar'))).toEqual([
    'zero',
    'one',
    'two',
    'few',
    'many',
    'many',
    'other',
  ]);
  expect([1, 2, 5, 21, 12].map((n) => pluralCategory(n, 'ru'))).toEqual(['one', 'few', 'many', 'one', 'many']);
  expect([0, 1, 12].map((n) => pluralCategory(n, 'en'))).toEqual(['zero', 'one', 'other']);
  expect(pluralCategory(12, 'zh')).toBe('other');
});

test('the supporter count reads naturally in each language at 12, the demo’s count', () => {
  const twelve = (locale: string) =>
    uiDictionaries[locale]![`supporters.count.${pluralCategory(12, locale)}`].replace('{count}', '12');
  expect(['en', 'fr', 'es', 'ar', 'zh', 'ru'].map(twelve)).toEqual([
    '12 supporters',
    '12 partenaires',
    '12 entidades colaboradoras',
    '12 داعمًا',
    '12 位支持者',
    '12 партнёров',
  ]);
});
