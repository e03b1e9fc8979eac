import { describe, expect, it } from 'vitest';
import { textArguments, typstLanguage } from '../../../src/lib/typst/language.ts';

describe('typstLanguage', () => {
  it('splits BCP 47 tags into Typst language and region', () => {
    expect(typstLanguage('ar')).toEqual({ lang: 'ar' });
    expect(typstLanguage('pt-BR')).toEqual({ lang: 'pt', region: 'BR' });
    expect(typstLanguage('zh-Hant')).toEqual({ lang: 'zh', region: 'TW' });
    expect(typstLanguage('zh-Hans')).toEqual({ lang: 'zh', region: 'CN' });
  });

  it('rejects what is not a language tag', () => {
    expect(typstLanguage('not a tag')).toBeUndefined();
    expect(typstLanguage('')).toBeUndefined();
  });
});

describe('textArguments', () => {
  it('writes language, region and direction as text() arguments', () => {
    expect(textArguments({ lang: 'ar' }, 'rtl')).toBe('lang: "ar", dir: rtl');
    expect(textArguments({ lang: 'zh', region: 'CN' }, undefined)).toBe('lang: "zh", region: "CN"');
    expect(textArguments(undefined, 'auto')).toBe('');
  });
});
