/** `<Quote kind>`: a source's own words, or the title of an instrument, kept exactly as written. */
import { defineComponent } from './component.ts';

/** What `<Quote>` keeps as written: a quotation (shown in quotation marks) or the title of an instrument or document. */
export const QUOTE_KINDS = ['quotation', 'title'] as const;

/** The quote component; the PDF prints its HTML (`<q>` or `<cite>`) as ordinary text. */
export const quote = defineComponent({
  name: 'Quote',
  usedIn: ['page', 'toolkit'],
  attributes: { kind: { type: 'enum', values: QUOTE_KINDS } },
  verbatim: true,
  html: 'Plain HTML: <q> for a quotation, <cite> for a title.',
  pdf: [],
  strings: [],
});
