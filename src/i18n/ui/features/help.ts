/**
 * UI strings of the help features: the primary helpline that help pages and help boxes open
 * with, the "Leave this site quickly" button on help pages and pages for young people (with
 * the neutral "Loading…" its blank overlay shows while leaving), and the report outline of
 * the "About the report" pages.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the primary helpline, the quick-exit button and the report outline, in every built-in language. */
export const help = defineFeatureStrings({
  ar: {
    'helpFirst.heading': 'هل تحتاج إلى التحدّث؟ اتصل بخط مساعدة الأطفال',
    'helpFirst.about': 'يستمعون إلى الأطفال واليافعين في أي أمر يقلقهم، على الإنترنت أو خارجه.',
    'helpFirst.elsewhere': 'تعيش في مكان آخر؟ ابحث عن خط مساعدة الأطفال في بلدك:',
    'helpFirst.more': 'كل طرق الحصول على المساعدة',
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
    'helpFirst.heading': 'Need to talk? Call a child helpline',
    'helpFirst.about': 'They listen to children and young people about anything that worries them, online or offline.',
    'helpFirst.elsewhere': 'Live somewhere else? Find the child helpline for your country:',
    'helpFirst.more': 'All the ways to get help',
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
    'helpFirst.heading': '¿Necesitas hablar? Llama a una línea de ayuda a la infancia',
    'helpFirst.about':
      'Escuchan a niños, niñas y jóvenes sobre cualquier cosa que les preocupe, en internet o fuera de él.',
    'helpFirst.elsewhere': '¿Vives en otro lugar? Busca la línea de ayuda de tu país:',
    'helpFirst.more': 'Todas las formas de pedir ayuda',
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
    'helpFirst.heading': 'Besoin de parler ? Appelle une ligne d’écoute pour enfants',
    'helpFirst.about':
      'On y écoute les enfants et les jeunes, quel que soit ce qui les inquiète, en ligne ou ailleurs.',
    'helpFirst.elsewhere': 'Tu vis ailleurs ? Trouve la ligne d’écoute de ton pays :',
    'helpFirst.more': 'Toutes les façons d’obtenir de l’aide',
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
    'helpFirst.heading': 'Хочешь поговорить? Позвони на детский телефон доверия',
    'helpFirst.about': 'Там выслушают детей и подростков, что бы их ни тревожило, в интернете или в жизни.',
    'helpFirst.elsewhere': 'Живёшь в другой стране? Найди детский телефон доверия своей страны:',
    'helpFirst.more': 'Все способы получить помощь',
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
    'helpFirst.heading': '想找人聊聊？打儿童求助热线',
    'helpFirst.about': '他们倾听儿童和青少年的任何烦恼，无论是网上还是网下的事。',
    'helpFirst.elsewhere': '住在别的地方？查找你所在国家的儿童求助热线：',
    'helpFirst.more': '所有求助方式',
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
