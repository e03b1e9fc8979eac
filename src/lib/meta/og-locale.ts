/**
 * Open Graph locales. `og:locale` takes a `language_TERRITORY` code (Facebook's form), not a
 * BCP 47 tag, so each sidkit locale is mapped to the territory CLDR's likely subtags give it
 * (en → en_US, fr → fr_FR, zh → zh_CN). Arabic is the exception: Facebook, which reads the
 * tag, lists one Arabic locale only, ar_AR, and CLDR's ar_EG would name one country's Arabic.
 */

/** Languages whose Open Graph locale is not the one CLDR's likely subtags give. */
const OG_LOCALE_OVERRIDES: Readonly<Record<string, string>> = { ar: 'ar_AR' };

/** The `og:locale` value of a sidkit locale code, e.g. `en_US` for `en`, `ar_AR` for `ar`. */
export function ogLocale(code: string): string {
  const locale = new Intl.Locale(code);
  const override = OG_LOCALE_OVERRIDES[locale.language];
  if (override && !locale.region) return override;
  const { language, region } = locale.maximize();
  return region ? `${language}_${region}` : language;
}
