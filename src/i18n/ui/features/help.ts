/**
 * UI strings of the help features: the "Leave this site quickly" button on help pages and
 * pages for young people, and the report outline of the "About the report" pages.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the quick-exit button and the report outline, in every built-in language. */
export const help = defineFeatureStrings({
  ar: {
    'quickExit.label': 'غادر هذا الموقع بسرعة',
    'quickExit.hint': 'أو اضغط مفتاح Esc مرتين',
    'quickExit.search': 'الطقس',
    'reportOutline.originalTitles': 'عناوين الفروع كما وردت في النص الإنكليزي الأصلي.',
  },
  en: {
    'quickExit.label': 'Leave this site quickly',
    'quickExit.hint': 'or press Esc twice',
    'quickExit.search': 'weather',
    'reportOutline.originalTitles': 'Section titles as printed in the English original.',
  },
  es: {
    'quickExit.label': 'Salir rápido de este sitio',
    'quickExit.hint': 'o pulsa Esc dos veces',
    'quickExit.search': 'tiempo',
    'reportOutline.originalTitles': 'Títulos de las secciones tal como figuran en el original inglés.',
  },
  fr: {
    'quickExit.label': 'Quitter ce site rapidement',
    'quickExit.hint': 'ou appuyez deux fois sur Échap',
    'quickExit.search': 'météo',
    'reportOutline.originalTitles': 'Titres des sections tels qu’ils figurent dans l’original anglais.',
  },
  ru: {
    'quickExit.label': 'Быстро покинуть сайт',
    'quickExit.hint': 'или дважды нажмите Esc',
    'quickExit.search': 'погода',
    'reportOutline.originalTitles': 'Названия разделов приводятся по английскому оригиналу.',
  },
  zh: {
    'quickExit.label': '快速离开本网站',
    'quickExit.hint': '或按两次 Esc 键',
    'quickExit.search': '天气',
    'reportOutline.originalTitles': '各节标题照录英文原文。',
  },
});
