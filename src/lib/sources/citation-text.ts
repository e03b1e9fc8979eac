/**
 * The short citation text of a `<Cite>` in a language, e.g. "A/HRC/28/56, para. 61", for
 * the inline citation, the Sources list and PDF endnotes alike.
 */
import type { Citation } from './citation.ts';
import { formatCitation, formatFootnoteCitation } from './citation.ts';
import { parseParagraphSpec } from './paragraph-spec.ts';
import { isUnLanguage } from './languages.ts';

/** The citation in `locale`'s editorial form (English form for a locale without one). */
export function citationText(citation: Citation, locale: string): string {
  const language = isUnLanguage(locale) ? locale : 'en';
  const paragraphs = formatCitation(citation.source, parseParagraphSpec(citation.para).ranges, language);
  if (citation.footnote === undefined) return paragraphs;
  return `${paragraphs}, ${formatFootnoteCitation('', citation.footnote, language).replace(/^[,،，\s]+/, '')}`;
}
