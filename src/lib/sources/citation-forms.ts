/**
 * How each UN official language writes a short citation of a document's paragraphs,
 * following the editorial usage of UN documents in that language ("para." / "par." /
 * "párr." / "п." / "第…段" / "الفقرة"). Numbers and lists are left to `Intl`.
 */
import type { UnLanguage } from './languages.ts';

/** How many paragraphs a citation names, for languages whose wording changes with it. */
export type CitationCount = 'one' | 'two' | 'many';

/** The wording of short citations in one language. */
export interface CitationForm {
  /** Locale for `Intl.NumberFormat` and `Intl.ListFormat`. */
  readonly intl: string;
  /** Between the document symbol and the paragraphs. */
  readonly separator: string;
  /** Whether two consecutive paragraphs are listed ("61 et 62") rather than joined as a range. */
  readonly listsPairs: boolean;
  paragraphs(list: string, count: CitationCount): string;
  range(from: string, to: string): string;
  sub(paragraph: string, letter: string): string;
  footnote(number: string): string;
}

/** Arabic letters in the traditional (abjad) order UN Arabic texts use for sub-paragraphs (a), (b), (c)… */
const ABJAD = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
];

/** Citation wording for every UN official language. */
export const CITATION_FORMS: Readonly<Record<UnLanguage, CitationForm>> = {
  en: {
    intl: 'en-GB',
    separator: ', ',
    listsPairs: false,
    paragraphs: (list, count) => `${count === 'one' ? 'para.' : 'paras.'} ${list}`,
    range: (from, to) => `${from}–${to}`,
    sub: (paragraph, letter) => `${paragraph} (${letter})`,
    footnote: (number) => `footnote ${number}`,
  },
  fr: {
    intl: 'fr',
    separator: ', ',
    listsPairs: true,
    paragraphs: (list) => `par. ${list}`,
    range: (from, to) => `${from} à ${to}`,
    sub: (paragraph, letter) => `${paragraph} ${letter})`,
    footnote: (number) => `note ${number}`,
  },
  es: {
    intl: 'es',
    separator: ', ',
    listsPairs: true,
    paragraphs: (list, count) => `${count === 'one' ? 'párr.' : 'párrs.'} ${list}`,
    range: (from, to) => `${from} a ${to}`,
    sub: (paragraph, letter) => `${paragraph} ${letter})`,
    footnote: (number) => `nota ${number}`,
  },
  ru: {
    intl: 'ru',
    separator: ', ',
    listsPairs: true,
    paragraphs: (list, count) => `${count === 'one' ? 'п.' : 'пп.'} ${list}`,
    range: (from, to) => `${from}–${to}`,
    sub: (paragraph, letter) => `${paragraph} ${letter})`,
    footnote: (number) => `сноска ${number}`,
  },
  zh: {
    intl: 'zh',
    separator: '，',
    listsPairs: true,
    paragraphs: (list) => `第${list}段`,
    range: (from, to) => `${from}至${to}`,
    sub: (paragraph, letter) => `${paragraph}(${letter})`,
    footnote: (number) => `脚注${number}`,
  },
  ar: {
    intl: 'ar',
    separator: '، ',
    listsPairs: true,
    paragraphs: (list, count) => `${{ one: 'الفقرة', two: 'الفقرتان', many: 'الفقرات' }[count]} ${list}`,
    range: (from, to) => `${from}–${to}`,
    sub: (paragraph, letter) => `${paragraph} (${ABJAD[letter.charCodeAt(0) - 'a'.charCodeAt(0)] ?? letter})`,
    footnote: (number) => `الحاشية ${number}`,
  },
};
