/**
 * Ruled writing lines, shared by `<Worksheet>` and `<AnswerBox>`: the `lines` attribute (a
 * count, or `fill` for as many as the rest of the page holds), how many the web page shows,
 * what the PDF converter reads from `data-lines`, and the Typst functions that rule them.
 */
import type { Element } from 'hast';
import type { AttributeRule } from './component.ts';
import type { ConvertContext } from '../typst/convert-context.ts';
import { attribute } from '../typst/hast-read.ts';
import { problemAt } from '../typst/problems.ts';
import { typstString } from '../typst/escape.ts';

/** The word that asks for lines down to the bottom of the page. */
export const FILL = 'fill';

/** The most lines a count may ask for: an A4 page holds about 30. */
const MOST_LINES = 40;

/** The `lines` attribute: a whole number of lines, or `fill`. */
export const LINES_ATTRIBUTE: AttributeRule = { type: 'number', whole: true, max: MOST_LINES, words: [FILL] };

/** What an author writes for `lines`. */
export type Lines = number | typeof FILL;

/** How many lines a web page shows: the count, or `onScreen` for `fill`, since a screen has no page bottom. */
export function screenLineCount(lines: Lines | undefined, onScreen: number): number {
  if (lines === FILL) return onScreen;
  return Math.max(0, Math.floor(Number(lines ?? 0)));
}

/** The Typst `lines:` value of an element's `data-lines` (a count or `"fill"`), `fallback` when absent; a problem when it is neither. */
export function linesArgument(element: Element, ctx: ConvertContext, fallback: number): string {
  const value = attribute(element, 'dataLines')?.trim();
  if (value === undefined || value === '') return String(fallback);
  if (value === FILL) return typstString(FILL);
  if (/^\d+$/.test(value) && Number(value) <= MOST_LINES) return value;
  ctx.problems.push(
    problemAt(element, `data-lines="${value}" must be a whole number up to ${MOST_LINES}, or "${FILL}".`),
  );
  return '0';
}

/** Typst: `count` ruled lines 2.5em apart, or with "fill" as many as fit in the space left on the page. */
export const WRITING_LINES_TYPST = `// Writing lines: a count of them, or "fill" for a block taking the rest of the page (1fr)
// ruled with as many 2.5em lines as it measures
#let sidkit-line-gap = 2.5em
#let sidkit-ruled(count) = for _ in range(count) {
  block(width: 100%, height: sidkit-line-gap, above: 0pt, below: 0pt, stroke: (bottom: 0.7pt + luma(125)))
}
#let sidkit-writing-lines(lines) = if lines == "fill" {
  block(width: 100%, height: 1fr, above: 0pt, below: 0pt,
    layout(size => sidkit-ruled(calc.floor(size.height / sidkit-line-gap.to-absolute()))))
} else { sidkit-ruled(lines) }`;
