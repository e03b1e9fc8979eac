/**
 * The shape of one entry in the source registry (`src/data/sources/*.yaml`): a document
 * that facts and pages may cite, with what is needed to check and print a citation.
 */
import { z } from 'astro/zod';
import { safeUrlSchema } from '../safe-url-schema.ts';

const positiveInt = z.int().positive();

/** A heading of the document's table of contents and the paragraphs under it. */
export interface OutlineSection {
  /** Position in the contents, e.g. "IV.D". */
  id: string;
  /** The heading as printed in the document's language. */
  title: string;
  from: number;
  to: number;
  sections?: OutlineSection[];
}

/** One outline section; its subsections follow the same shape. */
export const outlineSectionSchema: z.ZodType<OutlineSection> = z.strictObject({
  id: z.string().regex(/^[IVXLC]+(\.[A-Z0-9]+)*$/, 'Use the numbering of the contents, e.g. "IV" or "IV.D".'),
  title: z.string().min(1),
  from: positiveInt,
  to: positiveInt,
  get sections() {
    return z.array(outlineSectionSchema).min(1).optional();
  },
});

/** A citable document, such as a UN report. */
export const sourceSchema = z.strictObject({
  /** The UN document symbol, the key facts cite it by, e.g. "A/HRC/28/56". */
  symbol: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.()-]+)+$/, 'Write the document symbol, e.g. "A/HRC/28/56".'),
  title: z.string().min(1),
  author: z.strictObject({
    name: z.string().min(1),
    role: z.string().min(1),
  }),
  /** Issuing body and session, as printed on the cover. */
  body: z.string().min(1),
  /** Date of issue (the "Distr." date on the cover). */
  date: z.iso.date(),
  /** The UN Office at Geneva job number printed at the foot of the first page. */
  jobNumber: z.string().min(1).optional(),
  /** The official text; undocs.org resolves a symbol to it in every language. */
  url: safeUrlSchema(['https']),
  /**
   * A plain-text copy of the document in the same folder, e.g. "A-HRC-28-56.txt". The project
   * keeps it so that the facts' figures are checked against the cited paragraphs, from inside
   * the repository.
   */
  text: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, 'Name a .txt file in the same folder, e.g. "A-HRC-28-56.txt".')
    .optional(),
  /** Number of numbered paragraphs. */
  paragraphs: positiveInt,
  /** First and last footnote number, when the document has footnotes. */
  footnotes: z.strictObject({ from: positiveInt, to: positiveInt }).optional(),
  /** The table of contents; top-level sections cover paragraphs 1 to `paragraphs` in order. */
  outline: z.array(outlineSectionSchema).min(1),
});

/** A validated source registry entry. */
export type Source = z.infer<typeof sourceSchema>;
