/**
 * `<Worksheet>`: a page for pupils to fill in, in larger type, with Name and Date fields and
 * ruled writing lines (a count, or down to the bottom of the page). Its parts are
 * `<AnswerBox>` and `<DrawingArea>`; its Markdown tables print with tall rows to write in.
 */
import type { Element } from 'hast';
import { titleDestination, withTitleHeading, type ConvertContext } from '../typst/convert-context.ts';
import { boxedContent, expectTag, requiredAttribute } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';
import { LINES_ATTRIBUTE, linesArgument, WRITING_LINES_TYPST } from './writing-lines.ts';

/** Runs `body` with `insideWorksheet` set, restoring it after. */
function inWorksheet<T>(ctx: ConvertContext, body: () => T): T {
  const outer = ctx.insideWorksheet;
  ctx.insideWorksheet = true;
  try {
    return body();
  } finally {
    ctx.insideWorksheet = outer;
  }
}

/** Reports a part of a worksheet (answer box, drawing area) found outside one; true when it is inside. */
export function expectInsideWorksheet(element: Element, ctx: ConvertContext): boolean {
  if (ctx.insideWorksheet) return true;
  ctx.problems.push(problemAt(element, 'This part of a worksheet must be written inside a <Worksheet>.'));
  return false;
}

/** The worksheet component. */
export const worksheet = defineComponent({
  name: 'Worksheet',
  usedIn: ['toolkit'],
  attributes: { title: { type: 'text', required: true }, lines: LINES_ATTRIBUTE },
  html: `<section data-sidkit="worksheet" data-title="..." data-lines="8" id="...">content</section>
Starts on a page of its own: title, fill-in fields (labels.worksheetFields), content in larger type, then data-lines ruled writing lines (a whole number, default 0, or "fill" for lines down to the bottom of the page). Table cells get room to write in. Must not sit inside a box, list or table, where Typst cannot break pages.`,
  pdf: [
    {
      key: 'worksheet',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'section', ctx)) return '';
        if (ctx.insideContainer) {
          ctx.problems.push(
            problemAt(
              element,
              'A worksheet starts a new page, so it cannot sit inside a box, list, table or other worksheet. Move it to the top level of the page.',
            ),
          );
          return '';
        }
        const title = requiredAttribute(element, 'dataTitle', 'data-title', ctx) ?? '';
        const lines = linesArgument(element, ctx, 0);
        const fields = ctx.options.labels.worksheetFields.map((field) => `${typstString(field)},`).join(' ');
        return withTitleHeading(ctx, title, (level) => {
          const args = [
            `level: ${level}`,
            `title: ${typstString(title)}`,
            `lines: ${lines}`,
            `fields: (${fields})`,
            ...titleDestination(element, ctx),
          ];
          return `#sidkit-worksheet(${args.join(', ')})${inWorksheet(ctx, () => boxedContent(element, ctx))}`;
        });
      },
    },
  ],
  typst: `${WRITING_LINES_TYPST}

// A table cell of a worksheet: tall enough for two lines of handwriting, whatever it holds
#let sidkit-write-cell(body) = grid(columns: (0pt, 1fr), box(height: 3.6em), body)

// Worksheet: its own page, fill-in fields, content in larger type, then ruled writing lines;
// its title is the named destination \`dest\` (a label) that deep links open the PDF at
#let sidkit-worksheet(level: 1, title: "", lines: 0, fields: (), dest: none, body) = {
  pagebreak(weak: true)
  sidkit-titled-heading(level, title, dest)
  set text(size: 12.5pt)
  set table(stroke: 0.9pt + luma(110), inset: 8pt)
  if fields.len() > 0 {
    block(above: 1em, below: 1.4em, grid(
      columns: (auto, 1fr) * fields.len(), column-gutter: 0.6em, align: bottom,
      ..fields.map(field => (strong(field), box(width: 100%, height: 1.4em, stroke: (bottom: 0.7pt + luma(110))))).flatten(),
    ))
  }
  body
  sidkit-writing-lines(lines)
  pagebreak(weak: true)
}`,
  strings: ['toolkit.worksheetName', 'toolkit.worksheetDate', 'deepLinks.printWorksheet'],
});
