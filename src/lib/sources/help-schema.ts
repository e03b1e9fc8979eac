/**
 * The shape of a campaign's help directory (`campaigns/<id>/help.yaml`): numbers and
 * services a child or parent can turn to, each with the source that vouches for it and
 * the date someone last checked it.
 */
import { z } from 'astro/zod';
import { safeUrlSchema } from '../safe-url-schema.ts';
import { localeCodeSchema } from './languages.ts';

/** Kinds of help, in the order a page lists them: urgent first. */
export const HELP_KINDS = ['emergency', 'helpline', 'hotline', 'directory'] as const;

/** A kind of help: an emergency number, a helpline to talk to, a hotline to report content, or a directory of services. */
export type HelpKind = (typeof HELP_KINDS)[number];

/** Codes for services not tied to one country: worldwide, and across Europe. */
const AREA_CODES = ['INT', 'EU'];

/** Two-letter codes `Intl` names that are not ISO 3166-1 countries (UK is reserved; the United Kingdom is GB). */
const NOT_COUNTRIES = ['EZ', 'QO', 'UK', 'UN', 'ZZ'];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Whether a code is an ISO 3166-1 alpha-2 country `Intl` knows; supporters and events are in one country, never an area. */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.includes(code) && regionNames.of(code) !== undefined;
}

/** Whether a code is one of the area codes, or an ISO 3166-1 alpha-2 country `Intl` knows. */
function isCountryCode(code: string): boolean {
  return AREA_CODES.includes(code) || isIsoCountryCode(code);
}

/** The id of an entry of a list file (help, supporters, events): what pages and file names refer to it by. */
export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. "childline-india".');

/** Text the same in every language (names, acronyms), or a map from locale code to the text in that language. */
export const localizableText = z.union([
  z.string().trim().min(1),
  z.record(localeCodeSchema, z.string().trim().min(1)),
]);

/** One place to get help. */
export const helpEntrySchema = z
  .strictObject({
    id: entryIdSchema,
    country: z
      .string()
      .refine(
        isCountryCode,
        'Use an ISO 3166 alpha-2 code such as "IN", or "INT" (international) or "EU" (Europe-wide).',
      ),
    /** The name as visitors know it: one text, or one per locale (pages fall back to the campaign's default locale). */
    name: localizableText,
    kind: z.enum(HELP_KINDS),
    /** For a directory: the kind of service it lists, so that a page shows it with those services. */
    lists: z.enum(HELP_KINDS).exclude(['directory']).optional(),
    /** The number as dialled locally, e.g. "116 111". */
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ]*$/, 'Write only digits and spaces, with an optional leading "+".')
      .optional(),
    url: safeUrlSchema(['https', 'http']).optional(),
    /** Opening hours, e.g. "24/7"; leave out unless the source states them. */
    hours: z.string().trim().min(1).optional(),
    /** Locale codes of the languages the service answers in. */
    languages: z.array(localeCodeSchema).min(1).optional(),
    /** Where the entry comes from: a URL or a citation such as "A/HRC/28/56, footnote 42". */
    source: z.string().trim().min(1),
    /**
     * The helpline the "Get help" page and `<HelpBox>` open with, as a big number to call:
     * `true` in every locale of the campaign, or a list of the locales it is first in.
     */
    primary: z
      .union([z.literal(true), z.array(localeCodeSchema).min(1)], {
        error: 'Use true (first in every language) or a list of locale codes such as [en, fr].',
      })
      .optional(),
    /** When someone last confirmed the entry against its source (YYYY-MM-DD). */
    lastVerified: z.iso.date(),
  })
  .refine((entry) => entry.lists === undefined || entry.kind === 'directory', {
    path: ['lists'],
    error: 'Only a directory lists other services; leave "lists" out of other kinds.',
  });

/** A validated help entry. */
export type HelpEntry = z.infer<typeof helpEntrySchema>;

/** A help file: a list of entries. */
export const helpFileSchema = z.array(helpEntrySchema);
