/**
 * The frontmatter schema of a campaign page (`campaigns/<campaign>/<locale>/**\/*.mdx`).
 */
import { z } from 'astro/zod';
import { SOURCE_HASH_GUIDE, sourceHashSchema } from './source-hash-field.ts';

/** Page frontmatter: what the page is called, how it is described, and where it sits in the navigation. */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1).max(200),
  order: z.number().int().default(100),
  navLabel: z.string().min(1).optional(),
  sourceHash: sourceHashSchema,
  /** Shows (true) or hides (false) the "Leave this site quickly" bar; left out, `showsQuickExit` decides by slug. */
  quickExit: z.boolean().optional(),
});

/** Validated page frontmatter. */
export type PageFrontmatter = z.output<typeof pageSchema>;

/** What a valid value of each page field looks like, for error reports. */
export const pageFieldGuide: Readonly<Record<string, string>> = {
  title: 'the page title as text',
  description: 'one sentence of at most 200 characters, shown in search results and link previews',
  order: 'a whole number; lower numbers come first in the navigation',
  navLabel: 'a short label for the navigation, if the title is long',
  sourceHash: SOURCE_HASH_GUIDE,
  quickExit:
    'true or false: whether the page has a "Leave this site quickly" bar; leave it out to get the default (on for get-help, young-people and parents-carers, off elsewhere)',
};
