/**
 * The citations of one MDX file in reading order, numbered once each: the web page's
 * "Sources" list and the PDF's endnotes both come from here, so numbers always agree.
 */
import type { Citation } from '../sources/citation.ts';
import { mdxElements, numberAttribute, textAttribute } from './mdx-elements.ts';

/** A citation with its note number. */
export interface NumberedCitation extends Citation {
  note: number;
}

/** The identity of a citation: the same source, paragraphs and footnote share one note. */
export function citationKey(citation: Citation): string {
  return [citation.source, citation.para.replace(/\s+/g, ''), citation.footnote ?? ''].join('|');
}

/** Every distinct `<Cite>` of an MDX source, numbered in order of first use. */
export function numberedCitations(mdxSource: string): NumberedCitation[] {
  const seen = new Map<string, NumberedCitation>();
  for (const element of mdxElements(mdxSource).elements) {
    if (element.name !== 'Cite') continue;
    const source = textAttribute(element, 'source');
    const para = textAttribute(element, 'para');
    if (source === undefined || para === undefined) continue;
    const footnote = numberAttribute(element, 'footnote');
    const citation = { source, para, ...(footnote === undefined ? {} : { footnote }) };
    const key = citationKey(citation);
    if (!seen.has(key)) seen.set(key, { ...citation, note: seen.size + 1 });
  }
  return [...seen.values()];
}
