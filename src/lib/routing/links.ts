/**
 * Links between the language versions of a page: hreflang alternates for search engines
 * (real translations only) and the language picker's entries (every served locale).
 */
import type { PageRoute } from './routes.ts';
import { localeHomePath } from './urls.ts';

/** Builds the URL of the same page in another locale. */
export type HrefForLocale = (locale: string) => string;

/** `<link rel="alternate" hreflang>` targets: each real translation, plus x-default for the default locale. */
export function hreflangAlternates(route: Pick<PageRoute, 'translations'>, defaultLocale: string, href: HrefForLocale) {
  const links = route.translations.map((locale) => ({ hreflang: locale, href: href(locale) }));
  return route.translations.includes(defaultLocale)
    ? [...links, { hreflang: 'x-default', href: href(defaultLocale) }]
    : links;
}

/** The hreflang alternates of a page that sidkit builds in every site locale (search, activity finder, Browse safely): each locale, no x-default. */
export function everyLocaleAlternates(locales: readonly string[], href: HrefForLocale) {
  return locales.map((locale) => ({ hreflang: locale, href: href(locale) }));
}

/** The language picker's entries: every locale the page is served in, flagged when it is a fallback. */
export function languagePickerLinks(route: Pick<PageRoute, 'locales' | 'translations'>, href: HrefForLocale) {
  return route.locales.map((locale) => ({
    locale,
    href: href(locale),
    translated: route.translations.includes(locale),
  }));
}

/** The hreflang alternates of a locale home (`/{locale}/`): every site locale, and x-default for the root page that picks one. */
export function localeHomeAlternates(locales: readonly string[], href: (path: string) => string) {
  return [
    ...locales.map((locale) => ({ hreflang: locale, href: href(localeHomePath(locale)) })),
    { hreflang: 'x-default', href: href('/') },
  ];
}
