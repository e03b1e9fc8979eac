/**
 * UI strings of one feature in every built-in language, kept in one file next to each
 * other so translators see them together and features do not all edit the same files.
 */

/** The built-in languages every feature must translate. */
export type BuiltInLocale = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';

/** Declares a feature's strings; the compiler checks that every language has every key. */
export function defineFeatureStrings<K extends string>(
  strings: Readonly<Record<BuiltInLocale, Readonly<Record<K, string>>>>,
) {
  return strings;
}
