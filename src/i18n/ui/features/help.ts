/**
 * UI strings of the help features: the "Leave this site quickly" button on help pages and
 * pages for young people (with the neutral "Loading…" its blank overlay shows while leaving), and the report outline of the "About the report" pages.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the quick-exit button and the report outline, in every built-in language. */
export const help = defineFeatureStrings({
  ar: {
    'quickExit.label': 'غادر هذا الموقع بسرعة',
    'quickExit.hint': 'أو اضغط مفتاح Shift ثلاث مرات',
    'quickExit.twoMore': 'اضغط Shift مرتين أخريين للمغادرة.',
    'quickExit.oneMore': 'اضغط Shift مرة أخرى للمغادرة.',
    'quickExit.reset': 'أُلغي اختصار المغادرة، فقد مرّ وقت طويل بين الضغطات.',
    'quickExit.search': 'الطقس',
    'quickExit.leaving': 'جارٍ التحميل…',
    'reportOutline.originalTitles': 'عناوين الفروع كما وردت في النص الإنكليزي الأصلي.',
  },
  en: {
    'quickExit.label': 'Leave this site quickly',
    'quickExit.hint': 'or press Shift 3 times',
    'quickExit.twoMore': 'Shift: press 2 more times to leave.',
    'quickExit.oneMore': 'Shift: press 1 more time to leave.',
    'quickExit.reset': 'The shortcut to leave was reset: too long between presses.',
    'quickExit.search': 'weather',
    'quickExit.leaving': 'Loading…',
    'reportOutline.originalTitles': 'Section titles as printed in the English original.',
  },
  es: {
    'quickExit.label': 'Salir rápido de este sitio',
    'quickExit.hint': 'o pulsa Mayús 3 veces',
    'quickExit.twoMore': 'Mayús: pulsa 2 veces más para salir.',
    'quickExit.oneMore': 'Mayús: pulsa 1 vez más para salir.',
    'quickExit.reset': 'El atajo para salir se reinició: pasó demasiado tiempo entre pulsaciones.',
    'quickExit.search': 'tiempo',
    'quickExit.leaving': 'Cargando…',
    'reportOutline.originalTitles': 'Títulos de las secciones tal como figuran en el original inglés.',
  },
  fr: {
    'quickExit.label': 'Quitter ce site rapidement',
    'quickExit.hint': 'ou appuyez 3 fois sur Maj',
    'quickExit.twoMore': 'Maj : appuyez encore 2 fois pour quitter.',
    'quickExit.oneMore': 'Maj : appuyez encore 1 fois pour quitter.',
    'quickExit.reset': 'Le raccourci pour quitter a été annulé : trop de temps entre les appuis.',
    'quickExit.search': 'météo',
    'quickExit.leaving': 'Chargement…',
    'reportOutline.originalTitles': 'Titres des sections tels qu’ils figurent dans l’original anglais.',
  },
  ru: {
    'quickExit.label': 'Быстро покинуть сайт',
    'quickExit.hint': 'или трижды нажмите Shift',
    'quickExit.twoMore': 'Shift: нажмите ещё 2 раза, чтобы уйти.',
    'quickExit.oneMore': 'Shift: нажмите ещё 1 раз, чтобы уйти.',
    'quickExit.reset': 'Сочетание для выхода сброшено: между нажатиями прошло слишком много времени.',
    'quickExit.search': 'погода',
    'quickExit.leaving': 'Загрузка…',
    'reportOutline.originalTitles': 'Названия разделов приводятся по английскому оригиналу.',
  },
  zh: {
    'quickExit.label': '快速离开本网站',
    'quickExit.hint': '或连按三次 Shift 键',
    'quickExit.twoMore': '再按两次 Shift 键即可离开。',
    'quickExit.oneMore': '再按一次 Shift 键即可离开。',
    'quickExit.reset': '离开快捷键已重置：两次按键间隔太久。',
    'quickExit.search': '天气',
    'quickExit.leaving': '正在加载…',
    'reportOutline.originalTitles': '各节标题照录英文原文。',
  },
});
