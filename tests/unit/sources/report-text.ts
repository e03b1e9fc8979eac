/**
 * Splits the plain-text export of a UN report into numbered paragraphs and footnotes, so
 * tests can check that a fact's figure really stands in the paragraph it cites.
 *
 * The export interleaves page-bottom footnotes with the body, and both kinds of block
 * start with a number: paragraphs as `48. Helplines …`, footnotes as `41 See …` (no dot).
 * Sub-headings such as `2. Detection and reporting` also look like paragraphs, so both
 * kinds are found by counting: the next paragraph must carry the next number, and so must
 * the next footnote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../../src/lib/sources/source-schema.ts';

/** The report as numbered paragraphs and footnotes, each as one whitespace-normalised string. */
export interface ReportText {
  paragraphs: Map<number, string>;
  footnotes: Map<number, string>;
}

/** Joins wrapped lines; a line ending in a hyphen keeps it (the report only breaks at real hyphens). */
export function normalise(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
}

interface Marker {
  kind: 'paragraph' | 'footnote';
  number: number;
  offset: number;
}

/** Footnote starts: at a line start, or after a sentence end when two share a line ("para. 1. 14 See"). */
function footnoteMarkers(text: string, bodyStart: number): Marker[] {
  const markers: Marker[] = [];
  let from = bodyStart;
  for (let number = 1; ; number++) {
    const pattern = new RegExp(`(?:^|(?<=\\. ))${number} (?=[A-Z0-9“"])`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return markers;
    markers.push({ kind: 'footnote', number, offset: match.index });
    from = match.index + 1;
  }
}

function paragraphMarkers(text: string, bodyStart: number): Marker[] {
  const markers: Marker[] = [];
  const pattern = /^(\d+)\. /gm;
  pattern.lastIndex = bodyStart;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const number = Number(match[1]);
    if (number === markers.length + 1) markers.push({ kind: 'paragraph', number, offset: match.index });
  }
  return markers;
}

function blocks(text: string, starts: readonly Marker[], ends: readonly Marker[]): Map<number, string> {
  return new Map(
    starts.map((marker) => {
      const end = ends.find((other) => other.offset > marker.offset)?.offset ?? text.length;
      return [marker.number, normalise(text.slice(marker.offset, end))];
    }),
  );
}

/**
 * Splits report text. A paragraph runs to the next paragraph, so it also holds the
 * footnotes printed inside it at a page break; a footnote runs to the next paragraph or
 * footnote, so it may also hold the start of the body text after the page break.
 */
export function splitReport(text: string): ReportText {
  const bodyStart = text.search(/^1\. /m);
  const paragraphs = paragraphMarkers(text, bodyStart);
  const footnotes = footnoteMarkers(text, bodyStart);
  const all = [...paragraphs, ...footnotes].sort((a, b) => a.offset - b.offset);
  return { paragraphs: blocks(text, paragraphs, paragraphs), footnotes: blocks(text, footnotes, all) };
}

/** The plain-text copy that a registry entry names, read from the registry's folder and split. */
export function readReport(source: Source, registryDir: string): ReportText {
  if (!source.text) throw new Error(`${source.symbol} names no text copy in the source registry`);
  return splitReport(readFileSync(join(registryDir, source.text), 'utf8'));
}
