/**
 * The frontmatter schema of a toolkit (`campaigns/<campaign>/<locale>/toolkits/*.mdx`): an
 * education pack for one audience, with objectives, vocabulary and total time.
 */
import { z } from 'astro/zod';
import { SOURCE_HASH_GUIDE, sourceHashSchema } from './source-hash-field.ts';

/** Who a toolkit is for; the order is the order of the toolkit list. */
export const AUDIENCES = ['ages-3-7', 'ages-7-11', 'ages-11-14', 'ages-14-18', 'parents-carers', 'educators'] as const;
/** An audience code. */
export type Audience = (typeof AUDIENCES)[number];

/** What an activity is for; teachers filter activities by it. */
export const ACTIVITY_PURPOSES = [
  'start-conversations',
  'engage-families',
  'youth-led',
  'speak-up-get-support',
] as const;
/** An activity purpose code. */
export type ActivityPurpose = (typeof ACTIVITY_PURPOSES)[number];

/** Toolkit frontmatter. */
export const toolkitSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1).max(300),
  audience: z.enum(AUDIENCES),
  objectives: z.array(z.string().min(1)).min(1),
  vocabulary: z.array(z.strictObject({ term: z.string().min(1), definition: z.string().min(1) })).default([]),
  duration: z.number().int().positive(),
  sourceHash: sourceHashSchema,
});

/** Validated toolkit frontmatter. */
export type ToolkitFrontmatter = z.output<typeof toolkitSchema>;

/** What a valid value of each toolkit field looks like, for error reports. */
export const toolkitFieldGuide: Readonly<Record<string, string>> = {
  title: 'the toolkit title as text',
  summary: 'one or two sentences (at most 300 characters) saying what the pack is and who it is for',
  audience: `one of: ${AUDIENCES.join(', ')}`,
  objectives: 'a list of learning objectives, e.g. "- Pupils can name a trusted adult"',
  vocabulary: 'a list of { term, definition }',
  duration: 'the total minutes of all activities, as a whole number',
  sourceHash: SOURCE_HASH_GUIDE,
};
