/**
 * Counted phrases ("12 supporters") in each language's plural forms: a string per CLDR plural
 * category, the one `Intl.PluralRules` picks for the number, so that Arabic and Russian get
 * their own forms. None is "zero" in every language, which pages say in words ("No supporters").
 */

/** Every plural category, in the order the strings of a counted phrase are written. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A plural category. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** The category whose string says `count` in `locale`: "zero" for none, else the locale's plural rule. */
export function pluralCategory(count: number, locale: string): PluralCategory {
  return count === 0 ? 'zero' : new Intl.PluralRules(locale).select(count);
}
