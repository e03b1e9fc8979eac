/**
 * The shape of a terminology list (`src/data/terminology/<locale>.yaml`): terms that child
 * rights bodies ask writers to avoid, each with the term to use instead and the paragraph
 * of the source that says so.
 */
import { z } from 'astro/zod';
import { termPattern } from './find-terms.ts';

const pattern = z
  .string()
  .trim()
  .min(1)
  .refine((text) => {
    try {
      termPattern([text], true);
      return true;
    } catch {
      return false;
    }
  }, 'Write a JavaScript regular expression, e.g. "child porn(?:ography|ographic)?".');

/** One term to avoid. */
export const terminologyRuleSchema = z.strictObject({
  /** The term as the source names it, e.g. "child pornography". */
  term: z.string().trim().min(1),
  /**
   * Regular expressions for the term and its inflected forms, matched without regard to
   * case; a space matches any run of spaces and line breaks.
   */
  patterns: z.array(pattern).min(1),
  /** Whether a match must stand as whole words; false for languages written without spaces, such as Chinese. */
  wholeWords: z.boolean().default(true),
  /** What to write instead. */
  preferred: z.string().trim().min(1),
  /** Document symbol of a registered source that recommends the preferred term. */
  source: z.string().min(1),
  /** Paragraph spec of where it does, e.g. "29". */
  para: z.string().min(1),
});

/** A validated terminology rule. */
export type TerminologyRule = z.output<typeof terminologyRuleSchema>;

/** A terminology file: the rules of one language. */
export const terminologyFileSchema = z.array(terminologyRuleSchema).min(1);
