/**
 * The built-in UI dictionaries, one per UN language: the core strings of each language
 * (`<locale>.ts`) merged with each feature's strings (`features/*.ts`). Adding a language
 * starts here.
 */
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { BuiltInLocale } from './feature.ts';
import { assembly } from './features/assembly.ts';
import { browseSafely } from './features/browse-safely.ts';
import { contents } from './features/contents.ts';
import { deepLinks } from './features/deep-links.ts';
import { events } from './features/events.ts';
import { help } from './features/help.ts';
import { home } from './features/home.ts';
import { kit } from './features/kit.ts';
import { kitPictures } from './features/kit-pictures.ts';
import { kitPrint } from './features/kit-print.ts';
import { languages } from './features/languages.ts';
import { organiser } from './features/organiser.ts';
import { quiz } from './features/quiz.ts';
import { search } from './features/search.ts';
import { supporters } from './features/supporters.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

const core = { ar, en, es, fr, ru, zh };
/** Feature string modules; register a new one here. */
const features = [
  assembly,
  browseSafely,
  contents,
  deepLinks,
  events,
  help,
  home,
  kit,
  kitPictures,
  kitPrint,
  languages,
  organiser,
  quiz,
  search,
  supporters,
] as const;

/** The keys of each feature, as a union over all of them (a plain `keyof` of the union would keep only shared keys). */
type KeysOf<F> = F extends { readonly en: infer Strings } ? keyof Strings : never;
type FeatureKeys = KeysOf<(typeof features)[number]>;
/** A key of the UI dictionary. */
export type UiKey = keyof typeof en | FeatureKeys;
/** The shape of a complete UI dictionary. */
export type UiStrings = { readonly [K in UiKey]: string };

/** Built-in UI strings keyed by locale code. */
export const uiDictionaries: Readonly<Record<string, UiStrings>> = Object.fromEntries(
  (Object.keys(core) as BuiltInLocale[]).map((locale) => [
    locale,
    Object.assign({}, core[locale], ...features.map((feature) => feature[locale])),
  ]),
);
