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

/**
 * The post of a message in `locale`: its text, with a space and `hashtag` after it when the
 * text does not hold the tag already. Undefined when the message has no text in `locale`:
 * a message is never posted in another language instead.
 */
export function postText(message: Pick<KitMessage, 'text'>, locale: string, hashtag: string): string | undefined {
  const text = message.text[locale];
  if (text === undefined) return undefined;
  return hasHashtag(text, hashtag) ? text : `${text} ${hashtag}`;
}
