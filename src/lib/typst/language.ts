/**
 * HTML `lang` and `dir` as Typst text settings. Typst wants an ISO 639 language and an
 * ISO 3166 region as separate arguments, whereas HTML carries one BCP 47 tag.
 */
import { typstString } from './escape.ts';

/** A BCP 47 tag split the way Typst's `text(lang:, region:)` expects. */
export interface TypstLanguage {
  lang: string;
  region?: string;
}

/** Splits a BCP 47 tag for Typst, or returns undefined when it is not a usable tag. A script subtag (zh-Hant) implies its usual region, which drives CJK typesetting. */
export function typstLanguage(tag: string): TypstLanguage | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  if (!/^[a-z]{2,3}$/.test(locale.language)) return undefined;
  const region = locale.region ?? (locale.script ? locale.maximize().region : undefined);
  return region && /^[A-Z]{2}$/.test(region) ? { lang: locale.language, region } : { lang: locale.language };
}

/** Text direction as written in HTML's `dir` attribute; `auto` leaves the choice to Typst. */
export type HtmlDirection = 'ltr' | 'rtl' | 'auto';

/** Arguments for Typst's `text()` that set language and direction, e.g. `lang: "ar", dir: rtl`. */
export function textArguments(language: TypstLanguage | undefined, dir: HtmlDirection | undefined): string {
  const args: string[] = [];
  if (language) {
    args.push(`lang: ${typstString(language.lang)}`);
    if (language.region) args.push(`region: ${typstString(language.region)}`);
  }
  if (dir === 'ltr' || dir === 'rtl') args.push(`dir: ${dir}`);
  return args.join(', ');
}

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The direction `<bdi>` gives its text: that of its first letter, left to right when it has
 * none. A figure such as "13–19%" then reads as written in an Arabic page too, where a
 * right-to-left paragraph would show "19%–13".
 */
export function isolatedDirection(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter !== undefined && RIGHT_TO_LEFT_LETTER.test(letter) ? 'rtl' : 'ltr';
}
