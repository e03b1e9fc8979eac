/**
 * Languages in sourced content: the six official languages of the United Nations, which
 * UN documents are issued and cited in, and the locale codes labels are keyed by.
 */
import { z } from 'astro/zod';

/** Locale codes of the UN official languages, in the UN's order (alphabetical by English name). */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** One UN official language. */
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** A BCP 47 locale code as campaigns use them: language, optional script and region, e.g. "fr" or "zh-Hans". */
export const localeCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'Use a locale code such as "fr" or "zh-Hans".');

/** Whether a locale is a UN official language, i.e. has its own citation form. */
export function isUnLanguage(code: string): code is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(code);
}
