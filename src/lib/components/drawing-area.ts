/**
 * `<DrawingArea>`: a large empty frame on a worksheet for children to draw in, its prompt in
 * the top corner. In print it takes the rest of the page (shared with the other areas that
 * fill), or half or a third of the page.
 */
import { expectTag, requiredAttribute } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { attribute } from '../typst/hast-read.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';
import { expectInsideWorksheet } from './worksheet.ts';

/** How much of the page a drawing area takes: the rest of it, half or a third. */
export const DRAWING_SIZES = ['fill', 'half', 'third'] as const;

/** The drawing area component. */
export const drawingArea = defineComponent({
  name: 'DrawingArea',
  usedIn: ['toolkit'],
  insideOf: 'Worksheet',
  attributes: { label: { type: 'text', required: true }, size: { type: 'enum', values: DRAWING_SIZES } },
  html: `<div data-sidkit="drawing-area" data-label="..." data-size="fill"></div>
Inside a worksheet only: an empty rounded frame with the label in bold at its top. data-size (default fill): fill takes the page's remaining height, shared equally with the other areas that fill; half and third take that share of the page's text height.`,
  pdf: [
    {
      key: 'drawing-area',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'div', ctx) || !expectInsideWorksheet(element, ctx)) return '';
        const label = requiredAttribute(element, 'dataLabel', 'data-label', ctx) ?? '';
        const size = attribute(element, 'dataSize') ?? 'fill';
        if (!(DRAWING_SIZES as readonly string[]).includes(size))
          ctx.problems.push(problemAt(element, `data-size="${size}" must be one of: ${DRAWING_SIZES.join(', ')}.`));
        return `#sidkit-drawing-area(label: ${typstString(label)}, size: ${typstString(size)})`;
      },
    },
  ],
  typst: `// Drawing area: an empty frame to draw in, its prompt at the top; "fill" takes the rest of the page
#let sidkit-drawing-area(label: "", size: "fill") = block(
  width: 100%, height: (fill: 1fr, half: 50%, third: 33%).at(size, default: 1fr), breakable: false,
  above: 1em, below: 1em, stroke: 1.5pt + sidkit-rule, radius: 10pt, inset: 12pt,
  strong(label))`,
  strings: [],
});
