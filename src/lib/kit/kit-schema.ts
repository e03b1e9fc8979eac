/**
 * The shape of a campaign's kit (`campaigns/<id>/kit.yaml`): what organisers write once per
 * language so that supporters can spread the word. Ready-to-post messages, extra poster
 * texts, the press release's contact and boilerplate, and the parents' newsletter. The
 * pictures and PDFs of the kit are drawn from it and from campaign.yaml and facts.yaml.
 */
import { z } from 'astro/zod';
import { safeUrlSchema } from '../safe-url-schema.ts';
import { localeCodeSchema } from '../sources/languages.ts';

/** Social networks a message can be meant for, each with the length it allows. */
export const PLATFORM_LIMITS = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  instagram: 2200,
  linkedin: 3000,
  facebook: 63206,
} as const;

/** How each network names itself, shown next to a message's length. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

/** A social network a message is written for. */
export type Platform = keyof typeof PLATFORM_LIMITS;

const ID = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. "join-us".');

/** A text in each locale the campaign publishes in. */
const translatedText = z.record(localeCodeSchema, z.string().trim().min(1));

/** One ready-to-post message. */
export const kitMessageSchema = z.strictObject({
  id: ID,
  /** The networks it is meant for; its length is checked against the strictest. Every network when left out. */
  platforms: z
    .array(z.enum(Object.keys(PLATFORM_LIMITS) as [Platform, ...Platform[]]))
    .min(1)
    .optional(),
  text: translatedText,
});

/** A poster of the campaign's own, printed next to the one drawn from its tagline. */
export const kitPosterSchema = z.strictObject({
  id: ID,
  headline: translatedText,
  /** One or two sentences under the headline. */
  body: translatedText.optional(),
});

/** The whole kit file. */
export const kitSchema = z.strictObject({
  /** The campaign hashtag, e.g. "#SaferInternetDay", added to messages that lack it. */
  hashtag: z.string().regex(/^#[\p{L}\p{N}_]+$/u, 'Write one hashtag: "#" then letters, digits or "_".'),
  messages: z.array(kitMessageSchema).default([]),
  posters: z.array(kitPosterSchema).default([]),
  /** The call to action printed on posters and tiles, e.g. "Talk to someone you trust". */
  callToAction: translatedText.optional(),
  press: z
    .strictObject({
      /** Who journalists write to: a name, and an email address or a web page. */
      contact: z
        .strictObject({
          name: z.string().trim().min(1),
          email: z.email().optional(),
          url: safeUrlSchema(['https', 'http']).optional(),
        })
        .refine((contact) => contact.email !== undefined || contact.url !== undefined, {
          message: 'Give an email address (email) or a web page (url) where journalists can reach you.',
        }),
      /** "About the organiser": a paragraph per locale. */
      boilerplate: translatedText,
      /** Fact ids from facts.yaml for the release's key figures; the home page's facts when left out. */
      facts: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /** Text schools paste into their newsletter to parents. */
  newsletter: z.strictObject({ subject: translatedText, body: translatedText }).optional(),
});

/** A validated kit. */
export type KitConfig = z.infer<typeof kitSchema>;
/** One validated message. */
export type KitMessage = z.infer<typeof kitMessageSchema>;
/** One validated poster text. */
export type KitPoster = z.infer<typeof kitPosterSchema>;
