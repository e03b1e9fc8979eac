/**
 * The schema of `campaigns/<campaign>/campaign.yaml`: a campaign's identity, day, locales,
 * brand and credits. Shared by the build-time validator and the content collection.
 */
import { z } from 'astro/zod';
import { isKnownLocale, LOCALES } from '../../i18n/locales.ts';
import { isUiKey } from '../../i18n/translate.ts';
import { parseIsoDate } from '../../i18n/format.ts';
import { contrastRatio, parseHexColour } from '../colour.ts';
import { safeUrlSchema } from '../safe-url-schema.ts';

const knownLocales = () => Object.keys(LOCALES).join(', ');
/** Lowest contrast ratio of white text on the brand colour: WCAG 2.2 AA for normal text. */
export const MIN_BRAND_CONTRAST = 4.5;

const localeCode = z.string().refine(isKnownLocale, {
  error: (issue) => `"${String(issue.input)}" is not a locale sidkit knows (known: ${knownLocales()})`,
});
const isoDate = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .refine((value) => parseIsoDate(value) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date in YYYY-MM-DD form`,
  });
const hexColour = z.string().refine((value) => parseHexColour(value) !== undefined, {
  error: (issue) => `"${String(issue.input)}" is not a hex colour`,
});
const link = z.strictObject({ name: z.string().min(1), url: safeUrlSchema() });
const localizedText = z.record(z.string(), z.string().min(1));
const webAddress = safeUrlSchema(['https', 'http']);
/** Image files a key visual may be: what sharp reads and renders the link-preview picture from. */
const KEY_VISUAL_FILE = /\.(svg|png|jpe?g|webp)$/i;

/** A campaign's configuration, as written in campaign.yaml. */
export const campaignSchema = z
  .strictObject({
    title: localizedText,
    tagline: localizedText,
    date: isoDate,
    defaultLocale: localeCode,
    locales: z.array(localeCode).min(1),
    brand: z.strictObject({
      primary: hexColour,
      accent: hexColour.optional(),
      logo: z.string().endsWith('.svg', { error: 'expected the file name of an SVG logo, e.g. logo.svg' }).optional(),
      /** The campaign's key visual, the picture of link previews (Open Graph), as a path inside the campaign folder. */
      keyVisual: z
        .string()
        .regex(KEY_VISUAL_FILE, { error: 'expected the path of an SVG, PNG, JPEG or WebP image, e.g. key-visual.svg' })
        .optional(),
    }),
    organiser: link,
    partners: z.array(link).default([]),
    licence: link,
    ui: z.record(localeCode, z.record(z.string(), z.string())).default({}),
    /** Whether a term the terminology lists ask to avoid stops the build (`error`) or only warns (`warn`). */
    terminology: z.enum(['error', 'warn']).default('error'),
    /** Where "Leave this site quickly" goes: one address, or one per locale; see `quickExitUrl`. */
    quickExit: z.strictObject({ url: z.union([webAddress, z.record(localeCode, webAddress)]).optional() }).default({}),
    /** How the toolkit PDFs look: a white cover under a brand band (the default), or one filled with the brand colour. */
    print: z.strictObject({ cover: z.enum(['band', 'full-bleed']).default('band') }).default({ cover: 'band' }),
    /** What the campaign's home page features beyond its own text. */
    home: z.strictObject({ facts: z.array(z.string().min(1)).max(6).default([]) }).default({ facts: [] }),
    /**
     * Whether the campaign's MDX may run code: `import`, `export` and `{…}` expressions, which the
     * content check refuses otherwise (src/lib/content/check-code.ts). Only for campaigns whose
     * every page is reviewed by someone who reads code; README, "Trusted code".
     */
    trustedCode: z.boolean().default(false),
    /** Where "Become a supporter" sends people: a form on the web or an email address; the site itself collects nothing. */
    supporters: z.strictObject({ join: safeUrlSchema(['https', 'mailto']).optional() }).optional(),
  })
  .superRefine((campaign, ctx) => {
    if (!campaign.locales.includes(campaign.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `"${campaign.defaultLocale}" is not in "locales"`,
      });
    }
    for (const field of ['title', 'tagline'] as const) {
      for (const locale of campaign.locales) {
        if (!campaign[field][locale]) {
          ctx.addIssue({ code: 'custom', path: [field], message: `no ${field} for locale "${locale}"` });
        }
      }
    }
    if (
      parseHexColour(campaign.brand.primary) &&
      contrastRatio('#ffffff', campaign.brand.primary) < MIN_BRAND_CONTRAST
    ) {
      const ratio = contrastRatio('#ffffff', campaign.brand.primary).toFixed(2);
      ctx.addIssue({
        code: 'custom',
        path: ['brand', 'primary'],
        message: `white text on ${campaign.brand.primary} has contrast ${ratio}:1`,
        params: { kind: 'contrast' },
      });
    }
    for (const [locale, strings] of Object.entries(campaign.ui)) {
      for (const key of Object.keys(strings)) {
        if (!isUiKey(key))
          ctx.addIssue({
            code: 'custom',
            path: ['ui', locale, key],
            message: `"${key}" is not a UI string`,
            params: { kind: 'ui-key' },
          });
      }
    }
  });

/** A validated campaign configuration. */
export type CampaignConfig = z.output<typeof campaignSchema>;

/** What a valid value of each campaign.yaml field looks like, for error reports. */
export const campaignFieldGuide: Readonly<Record<string, string>> = {
  title: 'a map from each locale code to the campaign title, e.g. "en: Safer Internet Day 2027"',
  tagline: 'a map from each locale code to a one-line tagline',
  date: 'the date of the day as YYYY-MM-DD, e.g. 2027-02-09',
  defaultLocale: 'one of the codes in "locales", e.g. en',
  locales: `a list of locale codes, e.g. [en, fr, ar] (known: ${knownLocales()})`,
  'brand.primary': `a hex colour dark enough for white text (contrast ≥ ${MIN_BRAND_CONTRAST}:1), e.g. "#1d4ed8"`,
  'brand.accent': 'a hex colour, e.g. "#fbbf24"',
  'brand.logo': 'the file name of an SVG in the campaign folder, e.g. logo.svg',
  'brand.keyVisual':
    'the path, inside the campaign folder, of an SVG, PNG, JPEG or WebP picture for link previews, ideally 1200×630, e.g. key-visual.svg',
  organiser:
    'name and url of the organiser, e.g. { name: Example Centre, url: "https://example.org" }; the url is an https:, http:, mailto: or tel: address',
  partners: 'a list of { name, url }, each url an https:, http:, mailto: or tel: address',
  licence:
    'name and url of the content licence, e.g. { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
  ui: 'a map from locale code to UI string overrides, e.g. { fr: { "header.getHelp": "Aide" } }',
  terminology: 'error (a term to avoid stops the build, the default) or warn (it is only reported)',
  'print.cover':
    'band (a white cover under a band of the brand colour, kind to black-and-white printers; the default) or full-bleed (the whole cover in the brand colour)',
  'home.facts':
    'a list of at most 6 fact ids from facts.yaml, shown as cards on the home page, e.g. [internet-users-2013]',
  'quickExit.url':
    'the neutral page "Leave this site quickly" opens, as one web address or a map from locale code to one, e.g. { zh: "https://www.baidu.com/s?wd=天气" }',
  trustedCode:
    'true or false (the default): true lets the campaign’s pages import code and run {…} expressions; see README, “Trusted code”',
  'supporters.join':
    'where “Become a supporter” leads: the https: address of a form, or a mailto: address, e.g. "mailto:supporters@example.org"',
};
