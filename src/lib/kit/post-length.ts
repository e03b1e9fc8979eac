/**
 * How long a post is as each social network counts it, so that kit.yaml's messages are
 * checked, and their count shown on the kit page, with the number the network's own
 * composer shows. X weighs characters (twitter-text 3: code points after NFC, most scripts
 * 1, CJK and other wide scripts 2, an emoji 2, a link 23); Mastodon counts characters with
 * every web address as 23; the other networks count characters as a reader sees them
 * (graphemes), links in full.
 */
import type { Platform } from './kit-schema.ts';

/** The length X and Mastodon give any web address, however long: they shorten links to it. */
export const LINK_LENGTH = 23;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** An emoji as Unicode recommends it for general interchange, skin tone and ZWJ sequences included. */
const EMOJI = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');

/** Code point ranges X counts as 1 (twitter-text 3 `ranges`); every other code point counts 2. */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

/** A web address with its scheme, as Mastodon finds them. */
const SCHEME_LINK = /https?:\/\/[^\s<>"]+/giu;

/**
 * A web address as X finds them: with a scheme, or a bare domain such as example.org/parents.
 * Any ending of two letters or more counts as a domain ending here, so a few words (Node.js)
 * count as links: the count errs towards longer, never letting a post past the limit.
 */
const X_LINK =
  /https?:\/\/[^\s<>"]+|(?<![\p{L}\p{N}@._\/-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?![\p{L}\p{N}_-])(?:\/[^\s<>"]*)?/giu;

/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"»”’。，、；：！？）]+$/u;

/** The number of links in `text`, and the text without them (the punctuation after each kept). */
function withoutLinks(text: string, pattern: RegExp): { links: number; rest: string } {
  let links = 0;
  const rest = text.replace(pattern, (link) => {
    links += 1;
    return TRAILING_PUNCTUATION.exec(link)?.[0] ?? '';
  });
  return { links, rest };
}

/** Characters as a reader sees them: an emoji with its skin tone, or a letter with its accents, is one. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

const xCodePointWeight = (codePoint: number) =>
  X_LIGHT_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end) ? 1 : 2;

/** X's weighted length of text without links. */
function xWeight(text: string): number {
  let weight = 0;
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    if (EMOJI.test(segment)) weight += 2;
    else for (const character of segment) weight += xCodePointWeight(character.codePointAt(0)!);
  }
  return weight;
}

/** The length of a post as `platform` counts it against its limit (PLATFORM_LIMITS). */
export function postLength(text: string, platform: Platform): number {
  if (platform === 'x') {
    const { links, rest } = withoutLinks(text, X_LINK);
    return links * LINK_LENGTH + xWeight(rest);
  }
  if (platform === 'mastodon') {
    const { links, rest } = withoutLinks(text, SCHEME_LINK);
    return links * LINK_LENGTH + graphemeCount(rest);
  }
  return graphemeCount(text);
}
