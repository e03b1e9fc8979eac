/**
 * UI string lookup, layered like Starlight's: the built-in dictionary of a locale, then
 * the campaign's own overrides from `campaign.yaml`.
 */
import { uiDictionaries, type UiKey } from './ui/index.ts';

/** Campaign overrides: locale code to a partial dictionary. */
export type UiOverrides = Readonly<Record<string, Readonly<Partial<Record<string, string>>>>>;

/** Looks up a UI string and fills `{name}` placeholders. */
export type Translate = (key: UiKey, values?: Readonly<Record<string, string>>) => string;

/** Whether a key names a UI string, so campaign overrides can be checked. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiDictionaries.en ?? {}, key);
}

/** Builds the translate function for one locale, with optional campaign overrides. */
export function createTranslate(locale: string, overrides: UiOverrides = {}): Translate {
  const dictionary = uiDictionaries[locale];
  if (!dictionary) throw new Error(`No UI dictionary for locale "${locale}"`);
  const own = overrides[locale] ?? {};
  return (key, values = {}) => {
    const template = own[key] ?? dictionary[key];
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
  };
}

/** Splits a translated string around one placeholder, so markup such as a link can stand in its place. */
export function aroundPlaceholder(text: string, name: string): [before: string, after: string] {
  const [before = text, after = ''] = text.split(`{${name}}`);
  return [before, after];
}
