/** The built-in UI dictionaries, one per UN language; adding a language starts here. */
import { ar } from './ar.ts';
import { en, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** Built-in UI strings keyed by locale code. */
export const uiDictionaries: Readonly<Record<string, UiStrings>> = { ar, en, es, fr, ru, zh };
export type { UiKey, UiStrings } from './en.ts';
