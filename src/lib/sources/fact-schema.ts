/**
 * The shape of a campaign's facts file (`campaigns/<id>/facts.yaml`): figures quoted on
 * the site, each tied to the paragraph of a registered source that states it.
 */
import { z } from 'astro/zod';
import { localeCodeSchema } from './languages.ts';

/** Units a fact can count; `percent` values are percentage points (98 means 98 %). */
export const FACT_UNITS = [
  'people',
  'children',
  'percent',
  'reports',
  'images',
  'helplines',
  'hotlines',
  'countries',
  'States',
  'agencies',
  'contacts per year',
  'days',
] as const;

/** How the source hedges the figure ("over 1.2 million", "nearly 40 per cent"), so the site can say so. */
export const FACT_QUALIFIERS = ['about', 'nearly', 'over', 'up to'] as const;

/** One sourced figure with its labels. */
export const factSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. "internet-users-2013".'),
  value: z.number().nonnegative(),
  /** Upper bound when the source gives a range ("between 13 and 19 per cent"); `value` is then the lower bound. */
  max: z.number().nonnegative().optional(),
  qualifier: z.enum(FACT_QUALIFIERS).optional(),
  unit: z.enum(FACT_UNITS),
  /** The year the figure describes. */
  year: z.int().min(1900).max(2100),
  /** Document symbol of a registered source. */
  source: z.string().min(1),
  /** Paragraph spec of where the figure stands, e.g. "51" or "29, 33". */
  para: z.string().min(1),
  /** Footnote that states the figure, when it is not in the paragraph body. */
  footnote: z.int().positive().optional(),
  /** A short label for the figure in each locale the campaign publishes in. */
  label: z.record(localeCodeSchema, z.string().trim().min(1)),
  /** The figure's exact words in the source (at most 12), so tests can find it where cited. */
  check: z
    .string()
    .trim()
    .min(1)
    .refine(
      (text) => text.split(/\s+/).length <= 12,
      'Keep the check to 12 words or fewer; it locates the figure, it is not a quote.',
    ),
});

/** A validated fact. */
export type Fact = z.infer<typeof factSchema>;

/** A facts file: a list of facts. */
export const factsFileSchema = z.array(factSchema);
