/**
 * UI strings of the organiser's workflow: the notice on a translation whose original has
 * changed since it was translated (see src/lib/translation/).
 */
import { defineFeatureStrings } from '../feature.ts';

/** The outdated-translation notice; `{language}` is the original's language in the reader's words. */
export const organiser = defineFeatureStrings({
  ar: {
    'outdated.title': 'تغيّر النص الأصلي منذ هذه الترجمة',
    'outdated.body': 'حُدِّث النص الأصلي باللغة {language} بعد ترجمة هذه الصفحة، لذا قد تكون بعض التفاصيل هنا قديمة.',
    'outdated.link': 'اقرأ النص الأصلي باللغة {language}',
  },
  en: {
    'outdated.title': 'The original has changed since this translation',
    'outdated.body':
      'The {language} original was updated after this page was translated, so some details here may be out of date.',
    'outdated.link': 'Read the {language} original',
  },
  es: {
    'outdated.title': 'El original ha cambiado desde esta traducción',
    'outdated.body':
      'El original en {language} se actualizó después de traducir esta página, así que algunos datos pueden estar desactualizados.',
    'outdated.link': 'Leer el original en {language}',
  },
  fr: {
    'outdated.title': 'L’original a changé depuis cette traduction',
    'outdated.body':
      'L’original en {language} a été modifié après la traduction de cette page : certaines informations peuvent ne plus être à jour.',
    'outdated.link': 'Lire l’original en {language}',
  },
  ru: {
    'outdated.title': 'Оригинал изменился после перевода',
    'outdated.body':
      'Оригинал (язык: {language}) обновили после перевода этой страницы, поэтому некоторые сведения здесь могут быть неактуальны.',
    'outdated.link': 'Читать оригинал (язык: {language})',
  },
  zh: {
    'outdated.title': '原文在翻译后已有更新',
    'outdated.body': '本页翻译完成后，{language}原文已有更新，因此这里的部分内容可能已经过时。',
    'outdated.link': '阅读{language}原文',
  },
});
