/**
 * Whether a kit message fits the networks it is meant for, so that the check and the kit
 * page ("212 / 280 characters (X)") judge it by the same count.
 */
import { PLATFORM_LIMITS, type KitMessage, type Platform } from './kit-schema.ts';
import { postLength } from './post-length.ts';
import { postText } from './post-text.ts';

/** A post's length on one network as that network counts it, and the network's limit. */
export interface PostFit {
  readonly platform: Platform;
  readonly length: number;
  readonly limit: number;
}

const ALL_PLATFORMS = Object.keys(PLATFORM_LIMITS) as Platform[];

/** The networks a message is meant for: the ones it names, or every network when it names none. */
export function messagePlatforms(message: Pick<KitMessage, 'platforms'>): readonly Platform[] {
  return message.platforms ?? ALL_PLATFORMS;
}

/** The fit of a message's post in `locale` on each of its networks; empty when it has no text in `locale`. */
export function postFits(message: KitMessage, locale: string, hashtag: string): PostFit[] {
  const text = postText(message, locale, hashtag);
  if (text === undefined) return [];
  return messagePlatforms(message).map((platform) => ({
    platform,
    length: postLength(text, platform),
    limit: PLATFORM_LIMITS[platform],
  }));
}

/**
 * The network where a message's post in `locale` has the least room left (the first in
 * PLATFORM_LIMITS order on a tie): the one it is checked against and the kit page shows.
 * For a message meant for every network this is X in practice, whose 280 is the lowest
 * limit; Bluesky when a long link, which Bluesky counts in full, makes the post long there.
 * Undefined when the message has no text in `locale`.
 */
export function tightestFit(message: KitMessage, locale: string, hashtag: string): PostFit | undefined {
  return postFits(message, locale, hashtag).reduce<PostFit | undefined>(
    (tightest, fit) => (!tightest || fit.limit - fit.length < tightest.limit - tightest.length ? fit : tightest),
    undefined,
  );
}
