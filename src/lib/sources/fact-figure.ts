/**
 * A fact's figure as a reader sees it, with the source's hedge in words ("over 1.2 million",
 * "up to 10 million"), so that the fact cards of the pages and the kit's print documents
 * say the same thing.
 */
import type { Translate } from '../../i18n/translate.ts';
import type { Fact } from './fact-schema.ts';
import { formatFactValue } from './facts.ts';

const IN_WORDS: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 };

/** The figure in the locale's digits with its qualifier; `compact` writes millions and billions in words, for figures read at a glance. */
export function factFigure(fact: Fact, locale: string, t: Translate, compact = false): string {
  const value = formatFactValue(fact, locale, compact && fact.value >= 1_000_000 ? IN_WORDS : undefined);
  if (!fact.qualifier) return value;
  return t(`fact.${fact.qualifier === 'up to' ? 'upTo' : fact.qualifier}`, { value });
}
