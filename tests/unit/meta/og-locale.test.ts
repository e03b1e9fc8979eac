import { expect, test } from 'vitest';
import { ogLocale } from '../../../src/lib/meta/og-locale.ts';

test("each demo locale maps to its likely territory, and Arabic to Facebook's one Arabic locale", () => {
  expect(['en', 'fr', 'es', 'ar', 'zh', 'ru'].map(ogLocale)).toEqual([
    'en_US',
    'fr_FR',
    'es_ES',
    'ar_AR',
    'zh_CN',
    'ru_RU',
  ]);
});

test('a locale with its own region keeps it, Arabic included', () => {
  expect(ogLocale('pt-BR')).toBe('pt_BR');
  expect(ogLocale('ar-MA')).toBe('ar_MA');
  expect(ogLocale('zh-Hant')).toBe('zh_TW');
});
