/**
 * Paragraph specs: the short strings content uses to point into a numbered document,
 * such as "61", "61-62", "85–89", "29, 33" or "88(f)". Parsing is separate from checking
 * against a source, so a spec can be read before the registry is loaded.
 */
import { ParagraphSpecInvalid } from '../errors/catalogue.ts';
import type { PathProblem } from '../errors/problem.ts';

/** A run of paragraphs `from`–`to` (equal for one paragraph), or one lettered sub-paragraph. */
export interface ParagraphRange {
  readonly from: number;
  readonly to: number;
  /** Sub-paragraph letter, as in "88(f)"; only on a single paragraph. */
  readonly sub?: string;
}

/** The ranges read from a spec, and a problem (at the path `para`) for each part that could not be read. */
export interface ParsedSpec {
  readonly ranges: readonly ParagraphRange[];
  readonly problems: readonly PathProblem[];
}

const SINGLE = /^(\d+)(?:\s*\(([a-z])\))?$/;
const RANGE = /^(\d+)\s*[-‐‑–—]\s*(\d+)$/;

function parsePart(part: string): ParagraphRange | undefined {
  const single = SINGLE.exec(part);
  if (single) {
    const number = Number(single[1]);
    return single[2] ? { from: number, to: number, sub: single[2] } : { from: number, to: number };
  }
  const range = RANGE.exec(part);
  return range ? { from: Number(range[1]), to: Number(range[2]) } : undefined;
}

/** Reads a comma-separated list of paragraphs, ranges (hyphen or dash) and lettered sub-paragraphs. */
export function parseParagraphSpec(spec: string): ParsedSpec {
  const ranges: ParagraphRange[] = [];
  const problems: PathProblem[] = [];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const range = parsePart(part);
    if (range) ranges.push(range);
    else {
      problems.push({
        kind: ParagraphSpecInvalid,
        path: ['para'],
        message:
          part === spec
            ? `"${part}" is not a paragraph number or range`
            : `"${part}" in "${spec}" is not a paragraph number or range`,
        expected: 'paragraph numbers such as "61", "61-62", "29, 33" or "88(f)"',
      });
    }
  }
  return { ranges, problems };
}
