/**
 * The locale registry: every language sidkit can publish in, with its native name and
 * text direction. A campaign may only list locales registered here, because each one
 * needs a UI dictionary in `./ui/`.
 */
import { uiDictionaries } from './ui/index.ts';

/** A language sidkit can publish in. */
export interface LocaleInfo {
  /** BCP 47 code, used in URLs and in `<html lang>`. */
  code: string;
  /** The language's name in itself, shown in the language picker. */
  nativeName: string;
  /** Writing direction, drives `dir` on `<html>` and on fallback content. */
  dir: 'ltr' | 'rtl';
}

/** Scripts written right to left, for runtimes whose `Intl.Locale` lacks text info. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Text direction of a locale, from `Intl.Locale` text info where the runtime has it. */
export function textDirection(code: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

// One Intl.DisplayNames per display language: pages name languages in badges, downloads and notices.
const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of language `code` in language `inLocale`, as Intl words it, e.g. "الإنجليزية" for en in ar. */
export function languageName(code: string, inLocale: string): string {
  let names = displayNames.get(inLocale);
  if (!names) {
    names = new Intl.DisplayNames([inLocale], { type: 'language' });
    displayNames.set(inLocale, names);
  }
  return names.of(code) ?? code;
}

/** Text with its first letter upper-cased by the rules of `locale`, for a name standing alone as a label. */
export function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The language's own name for itself, e.g. "العربية" for ar. */
export function nativeName(code: string): string {
  return capitalised(languageName(code, code), code);
}

/** Every locale sidkit ships UI strings for, keyed by code. */
export const LOCALES: Readonly<Record<string, LocaleInfo>> = Object.fromEntries(
  Object.keys(uiDictionaries).map((code) => [code, { code, nativeName: nativeName(code), dir: textDirection(code) }]),
);

/** Whether sidkit can publish in this locale. */
export function isKnownLocale(code: string): boolean {
  return Object.hasOwn(LOCALES, code);
}

/** The registry entry of a known locale; throws for an unknown one (content validation catches those first). */
export function localeInfo(code: string): LocaleInfo {
  const info = LOCALES[code];
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}
