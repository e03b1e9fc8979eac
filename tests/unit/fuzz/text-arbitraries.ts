/**
 * Generated prose for the property-based tests: words of every script the campaigns publish in
 * (and some they do not), emoji and combining marks, direction marks and invisible characters,
 * the characters Typst markup gives meaning to, and HTML entities. Words are what the text-loss
 * properties count, so every word is made of letters, digits and marks only.
 */
import fc from 'fast-check';

/** Words of many scripts, including ones with combining marks and Arabic letters that join. */
const WORDS = [
  'online',
  'Safer',
  'naïve',
  'Ärger',
  'café',
  'e\u0301cole',
  'internet',
  'الإنترنت',
  'آمن',
  'طفل',
  'שלום',
  '互联网',
  '安全',
  '孩子们',
  'Интернет',
  'ребёнка',
  'Ελλάδα',
  'हिन्दी',
  'ভাষা',
  'ไทย',
  '한국어',
  'にほんご',
  'z\u0335a\u0336l\u0337g\u0338o',
  '116',
  '2027',
  '١٢٣',
  'x2',
] as const;

/** Characters between words: spaces, punctuation, Typst markup characters, emoji, direction marks, zero-width characters. */
const SEPARATORS = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  ', ',
  '. ',
  ' # ',
  ' $ ',
  ' * ',
  ' _ ',
  ' @ ',
  ' < ',
  ' > ',
  ' [ ',
  ' ] ',
  ' ` ',
  ' ~ ',
  ' / ',
  ' \\ ',
  ' = ',
  ' - ',
  ' + ',
  ' // ',
  ' /* ',
  ' */ ',
  ' -- ',
  ' ... ',
  ' 1. ',
  ' "',
  '" ',
  " '",
  ' \u{1F600} ',
  ' \u{1F44D}\u{1F3FD} ',
  ' \u{1F468}\u200D\u{1F469}\u200D\u{1F467} ',
  ' \u2764\uFE0F ',
  '\u200E',
  '\u200F',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  ' \u0301 ',
  '\u3000',
  '، ',
  '。',
  '؟ ',
  ' #let x = 1 ',
  ' #{panic()} ',
  ' $x^2$ ',
  ' <label> ',
  ' @ref ',
  ' \\u{0} ',
] as const;

/** HTML entities and the text they stand for, for generated HTML and MDX. */
export const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#39;',
  '&nbsp;',
  '&#x1F600;',
  '&#8203;',
  '&copy;',
] as const;

/** One word. */
export const word = fc.constantFrom(...WORDS);

/** What stands between two words. */
export const separator = fc.constantFrom(...SEPARATORS);

/** A run of words and separators, starting and ending with a word. */
export const prose: fc.Arbitrary<string> = fc
  .tuple(word, fc.array(fc.tuple(separator, word), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.map(([sep, next]) => sep + next).join(''));

/** A short name such as a title or a label: a few words. */
export const shortText: fc.Arbitrary<string> = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '));

/** Every word of a text, as the text-loss properties count them: runs of letters, digits and marks. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}
