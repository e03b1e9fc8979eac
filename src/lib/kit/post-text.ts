/**
 * The text a supporter posts: a kit message in one language with the campaign hashtag, so
 * that every post can be found under the tag even when its writer left the tag out.
 */
import type { KitMessage } from './kit-schema.ts';

/** Whether `text` holds `hashtag` as a whole tag, in any case (networks match tags case-insensitively). */
export function hasHashtag(text: string, hashtag: string): boolean {
  const tag = hashtag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${tag}(?![\\p{L}\\p{M}\\p{N}_])`, 'iu').test(text);
}

/** A text whose first letter is of a right-to-left script: it is laid out right to left. */
const RIGHT_TO_LEFT =
  /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * U+200E LEFT-TO-RIGHT MARK: before a Latin tag in right-to-left text, it keeps the "#" at
 * the tag's start, where a right-to-left line would otherwise show "SaferInternetDay#".
 */
const LEFT_TO_RIGHT_MARK = '\u200E';

/**
 * The post of a message in `locale`: its text, with a space and `hashtag` after it when the
 * text does not hold the tag already (after a left-to-right mark in right-to-left text, when
 * the tag starts left to right). Undefined when the message has no text in `locale`: a
 * message is never posted in another language instead.
 */
export function postText(message: Pick<KitMessage, 'text'>, locale: string, hashtag: string): string | undefined {
  const text = message.text[locale];
  if (text === undefined) return undefined;
  if (hasHashtag(text, hashtag)) return text;
  const mark = RIGHT_TO_LEFT.test(text) && !RIGHT_TO_LEFT.test(hashtag) ? LEFT_TO_RIGHT_MARK : '';
  return `${text} ${mark}${hashtag}`;
}
