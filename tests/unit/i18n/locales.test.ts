import { describe, expect, test } from 'vitest';
import { formatLongDate, formatNumber, parseIsoDate } from '../../../src/i18n/format.ts';
import {
  capitalised,
  isKnownLocale,
  languageName,
  LOCALES,
  localeInfo,
  textDirection,
} from '../../../src/i18n/locales.ts';
import { createTranslate, isUiKey } from '../../../src/i18n/translate.ts';
import { uiDictionaries } from '../../../src/i18n/ui/index.ts';

describe('locale registry', () => {
  test('ships the six UN languages with native names and direction', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(localeInfo('ar')).toEqual({ code: 'ar', nativeName: 'العربية', dir: 'rtl' });
    expect(localeInfo('zh').nativeName).toBe('中文');
    expect(localeInfo('ru').nativeName).toBe('Русский');
    expect(localeInfo('fr').dir).toBe('ltr');
  });

  test('names a language in another, as a badge or download label needs it', () => {
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
    expect(languageName('en', 'zh')).toBe('英语');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(capitalised(languageName('en', 'fr'), 'fr')).toBe('Anglais');
    expect(capitalised('istanbul', 'tr')).toBe('İstanbul');
  });

  test('derives direction for languages outside the registry too', () => {
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });

  test('rejects unknown locales', () => {
    expect(isKnownLocale('xx')).toBe(false);
    expect(() => localeInfo('xx')).toThrow(/Unknown locale/);
  });
});

describe('UI strings', () => {
  test('every dictionary has exactly the English keys, none empty', () => {
    const keys = Object.keys(uiDictionaries.en!).sort();
    for (const [code, dictionary] of Object.entries(uiDictionaries)) {
      expect(Object.keys(dictionary).sort(), code).toEqual(keys);
      for (const value of Object.values(dictionary)) expect(value.trim(), code).not.toBe('');
    }
  });

  test('fills placeholders and applies campaign overrides for that locale only', () => {
    const overrides = { fr: { 'header.getHelp': 'Besoin d’aide ?' } };
    expect(createTranslate('fr', overrides)('header.getHelp')).toBe('Besoin d’aide ?');
    expect(createTranslate('es', overrides)('header.getHelp')).toBe('Pedir ayuda');
    expect(createTranslate('en')('campaign.date', { date: 'today' })).toBe('Safer Internet Day: today');
    expect(isUiKey('header.getHelp')).toBe(true);
    expect(isUiKey('header.nope')).toBe(false);
  });
});

describe('formatting', () => {
  test('parses only real ISO dates', () => {
    expect(parseIsoDate('2027-02-09')?.toISOString()).toBe('2027-02-09T00:00:00.000Z');
    expect(parseIsoDate('2027-02-30')).toBeUndefined();
    expect(parseIsoDate('9 Feb 2027')).toBeUndefined();
  });

  test('formats the day in each language, whatever the machine time zone', () => {
    expect(formatLongDate('2027-02-09', 'en')).toBe('Tuesday, February 9, 2027');
    expect(formatLongDate('2027-02-09', 'fr')).toBe('mardi 9 février 2027');
    expect(formatLongDate('2027-02-09', 'ar')).toContain('فبراير');
    expect(formatLongDate('2027-02-09', 'zh')).toBe('2027年2月9日星期二');
    expect(formatLongDate('2027-02-09', 'ru')).toContain('февраля');
  });

  test('formats numbers with the locale separators', () => {
    expect(formatNumber(2_800_000_000, 'en')).toBe('2,800,000,000');
    expect(formatNumber(2_800_000_000, 'fr')).toMatch(/^2\s800\s000\s000$/u);
  });
});
