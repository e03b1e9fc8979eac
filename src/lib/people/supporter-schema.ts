/**
 * The shape of a campaign's supporters: schools, NGOs, companies and others who back the
 * day, listed in `supporters.yaml` or one per file in `supporters/<id>.yaml`, each with the
 * logo the supporters wall shows.
 */
import { z } from 'astro/zod';
import { safeUrlSchema } from '../safe-url-schema.ts';
import { entryIdSchema, isIsoCountryCode, localizableText } from '../sources/help-schema.ts';

/** Kinds of supporter, in the order the wall's filter lists them. */
export const SUPPORTER_KINDS = ['school', 'ngo', 'company', 'public-body', 'library', 'youth-group', 'other'] as const;

/** A kind of supporter. */
export type SupporterKind = (typeof SUPPORTER_KINDS)[number];

/** An ISO 3166-1 alpha-2 country code, in capitals: the country a supporter or an event is in. */
export const countryCodeSchema = z
  .string()
  .refine(isIsoCountryCode, 'Use an ISO 3166-1 alpha-2 country code in capitals, such as "FR" or "GB".');

/** A logo: an SVG or PNG file inside the campaign folder, by its path from the folder. */
export const LOGO_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\]+\.(svg|png)$/i;

/** One supporter. */
export const supporterSchema = z.strictObject({
  id: entryIdSchema,
  /** The name as the supporter writes it: one text, or one per locale (pages fall back to the campaign's default locale). */
  name: localizableText,
  kind: z.enum(SUPPORTER_KINDS),
  country: countryCodeSchema,
  url: safeUrlSchema(['https', 'http']),
  logo: z.string().regex(LOGO_PATH, 'Give the path of an SVG or PNG file inside the campaign folder.'),
  /** The day the supporter joined (YYYY-MM-DD), not after the day of the build. */
  joined: z.iso.date(),
  /** A made-up supporter in demo content, which pages mark as a sample. */
  sample: z.boolean().default(false),
});

/** A validated supporter. */
export type Supporter = z.output<typeof supporterSchema>;

/** `supporters.yaml`: a list of supporters. */
export const supportersListSchema = z.array(supporterSchema);

/** What each field expects, for reports. */
export const supporterFieldGuide: Readonly<Record<string, string>> = {
  id: 'lowercase words joined by hyphens, e.g. "lycee-victor-hugo"; also the file name in supporters/<id>.yaml',
  name: 'the name, or a map from locale code to the name, e.g. { en: Green Valley Library, fr: Médiathèque du Val Vert }',
  kind: `one of: ${SUPPORTER_KINDS.join(', ')}`,
  country: 'an ISO 3166-1 alpha-2 code in capitals, e.g. FR',
  url: 'the supporter’s website, an https: or http: address',
  logo: 'the path of an SVG or PNG inside the campaign folder, e.g. supporters/logos/green-valley.svg',
  joined: 'the day they joined, YYYY-MM-DD, not in the future',
  sample: 'true for a made-up supporter of demo content, which pages mark as a sample',
};
