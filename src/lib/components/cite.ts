/** `<Cite source para>`: a citation of a registered source, printed as an endnote in the PDF. */
import { expectTag, requiredAttribute } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { textContent } from '../typst/hast-read.ts';
import { serializeInline, type InlinePiece } from '../typst/inline.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

function noteMarker(id: string): InlinePiece {
  return { kind: 'atom', source: `#sidkit-noteref(${typstString(id)})` };
}

/** The citation component; its PDF part also reads references back to an endnote. */
export const cite = defineComponent({
  name: 'Cite',
  usedIn: ['page', 'toolkit'],
  attributes: {
    source: { type: 'text', required: true },
    para: { type: 'text', required: true },
    footnote: { type: 'number' },
  },
  html: `<cite data-sidkit="cite" data-note="N">source</cite> Defines endnote N: the source text moves to the endnotes and a superscript N linked to it stays in the text. N is a number or key; defining the same N twice with different text is a problem.
<sup data-sidkit="noteref">N</sup> Refers again to endnote N, defined by a cite anywhere in the page.`,
  pdf: [
    {
      key: 'cite',
      placement: 'inline',
      convert: (element, ctx) => {
        if (!expectTag(element, 'cite', ctx)) return [];
        const id = requiredAttribute(element, 'dataNote', 'data-note', ctx);
        if (id === undefined) return [];
        const markup = serializeInline(ctx.inline(element.children));
        const existing = ctx.endnotes.get(id);
        if (existing && existing.markup !== markup) {
          ctx.problems.push(
            problemAt(
              element,
              `Note ${id} is already defined with different text. Give this source its own data-note.`,
            ),
          );
        }
        if (!existing) ctx.endnotes.set(id, { id, markup });
        return [noteMarker(id)];
      },
    },
    {
      key: 'noteref',
      placement: 'inline',
      convert: (element, ctx) => {
        if (!expectTag(element, 'sup', ctx)) return [];
        const id = textContent(element).trim();
        if (id === '') {
          ctx.problems.push(problemAt(element, 'A note reference must contain the note number it refers to.'));
          return [];
        }
        ctx.noteReferences.push({ id, element });
        return [noteMarker(id)];
      },
    },
  ],
  typst: `// The superscript marker of endnote id, linked to the note
#let sidkit-noteref(id) = super(link(label("sidkit-note-" + id), id))`,
  strings: [],
});
