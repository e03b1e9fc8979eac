/**
 * The citations of one MDX file in reading order, numbered once each: the web page's
 * "Sources" list and the PDF's endnotes both come from here, so numbers always agree.
 */
import type { Citation } from '../sources/citation.ts';
import type { Fact } from '../sources/fact-schema.ts';
import { mdxElements, numberAttribute, textAttribute, type MdxElement } from './mdx-elements.ts';

/** A citation with its note number. */
export interface NumberedCitation extends Citation {
  note: number;
}

/** The identity of a citation: the same source, paragraphs and footnote share one note. */
export function citationKey(citation: Citation): string {
  return [citation.source, citation.para.replace(/\s+/g, ''), citation.footnote ?? ''].join('|');
}

function citationOf(element: MdxElement, facts: readonly Fact[]): Citation | undefined {
  if (element.name === 'Fact') {
    const fact = facts.find((item) => item.id === textAttribute(element, 'id'));
    return (
      fact && {
        source: fact.source,
        para: fact.para,
        ...(fact.footnote === undefined ? {} : { footnote: fact.footnote }),
      }
    );
  }
  const source = textAttribute(element, 'source');
  const para = textAttribute(element, 'para');
  if (element.name !== 'Cite' || source === undefined || para === undefined) return undefined;
  const footnote = numberAttribute(element, 'footnote');
  return { source, para, ...(footnote === undefined ? {} : { footnote }) };
}

/** Every distinct citation of an MDX source, from `<Cite>` and from `<Fact>` cards, numbered in order of first use. */
export function numberedCitations(mdxSource: string, facts: readonly Fact[]): NumberedCitation[] {
  const seen = new Map<string, NumberedCitation>();
  for (const element of mdxElements(mdxSource).elements) {
    const citation = citationOf(element, facts);
    if (!citation) continue;
    const key = citationKey(citation);
    if (!seen.has(key)) seen.set(key, { ...citation, note: seen.size + 1 });
  }
  return [...seen.values()];
}
