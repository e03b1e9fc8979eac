/** `<Worksheet>`: a page for pupils to fill in, with ruled writing lines. */
import { titleDestination, withTitleHeading } from '../typst/convert-context.ts';
import { boxedContent, expectTag, requiredAttribute, wholeNumber } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

/** The worksheet component. */
export const worksheet = defineComponent({
  name: 'Worksheet',
  usedIn: ['toolkit'],
  attributes: { title: { type: 'text', required: true }, lines: { type: 'number' } },
  html: `<section data-sidkit="worksheet" data-title="..." data-lines="8" id="...">content</section>
Starts on a page of its own: title, fill-in fields (labels.worksheetFields), content, then data-lines ruled writing lines (a whole number, default 0). Must not sit inside a box, list or table, where Typst cannot break pages.`,
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
        const lines = wholeNumber(element, 'dataLines', 'data-lines', ctx) ?? 0;
        const fields = ctx.options.labels.worksheetFields.map((field) => `${typstString(field)},`).join(' ');
        return withTitleHeading(ctx, title, (level) => {
          const args = [
            `level: ${level}`,
            `title: ${typstString(title)}`,
            `lines: ${lines}`,
            `fields: (${fields})`,
            ...titleDestination(element, ctx),
          ];
          return `#sidkit-worksheet(${args.join(', ')})${boxedContent(element, ctx)}`;
        });
      },
    },
  ],
  typst: `// Worksheet: its own page, fill-in fields, content, then ruled writing lines; its title is
// the named destination \`dest\` (a label) that deep links open the PDF at
#let sidkit-worksheet(level: 1, title: "", lines: 0, fields: (), dest: none, body) = {
  pagebreak(weak: true)
  sidkit-titled-heading(level, title, dest)
  if fields.len() > 0 {
    block(above: 1em, below: 1.5em, grid(
      columns: (auto, 1fr) * fields.len(), column-gutter: 0.6em, align: bottom,
      ..fields.map(field => (strong(field), box(width: 100%, height: 1.2em, stroke: (bottom: 0.6pt + luma(110))))).flatten(),
    ))
  }
  body
  for _ in range(lines) {
    block(width: 100%, height: 2.5em, above: 0pt, below: 0pt, stroke: (bottom: 0.6pt + luma(150)))
  }
  pagebreak(weak: true)
}`,
  strings: ['toolkit.worksheetName', 'toolkit.worksheetDate'],
});
