/**
 * The kit's texts as plain files: what a supporter pastes somewhere other than the kit page
 * (a scheduling tool, a chat group), written into the kit's ZIP next to its pictures.
 */
import type { KitConfig } from './kit-schema.ts';
import { postText } from './post-text.ts';

/** Every message of the kit in one locale, as posted, separated by blank lines; undefined when none is in this locale. */
export function kitMessagesText(kit: KitConfig, locale: string): string | undefined {
  const texts = kit.messages.flatMap((message) => {
    const text = postText(message, locale, kit.hashtag);
    return text === undefined ? [] : [text];
  });
  return texts.length > 0 ? `${texts.join('\n\n')}\n` : undefined;
}
