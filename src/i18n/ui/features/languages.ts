/**
 * UI strings of honest languages: the badge on a link or card whose content is shown in
 * another language than the page (an untranslated page served as a fallback). Kept to the
 * language's name, or as short as the language allows, so a row of navigation still fits.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the language badges, in every built-in language; `{language}` is the content's language, named in the page's. */
export const languages = defineFeatureStrings({
  ar: {
    'languages.badge': 'ب{language}',
  },
  en: {
    'languages.badge': '{language}',
  },
  es: {
    'languages.badge': '{language}',
  },
  fr: {
    'languages.badge': '{language}',
  },
  ru: {
    'languages.badge': '{language}',
  },
  zh: {
    'languages.badge': '{language}',
  },
});
