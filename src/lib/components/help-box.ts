/** `<HelpBox />`: the helplines box that every toolkit ends with and pages may show. */
import { boxedContent, expectTag } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { attribute } from '../typst/hast-read.ts';
import { defineComponent } from './component.ts';

/** The help box component. */
export const helpBox = defineComponent({
  name: 'HelpBox',
  usedIn: ['page', 'toolkit'],
  attributes: {},
  html: '<section data-sidkit="helpbox" data-title="..."> A box of helplines (usually a list); data-title is optional and defaults to labels.helplines.',
  pdf: [
    {
      key: 'helpbox',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'section', ctx)) return '';
        const title = attribute(element, 'dataTitle')?.trim() || ctx.options.labels.helplines;
        return `#sidkit-helpbox(title: ${typstString(title)})${boxedContent(element, ctx)}`;
      },
    },
  ],
  typst: `// Helplines: the most prominent box, kept on one page; untitled under a heading of its own
#let sidkit-helpbox(title: none, body) = block(
  width: 100%, breakable: false, fill: sidkit-tint, stroke: 2pt + sidkit-primary, radius: 6pt, inset: 14pt,
)[
  #set text(size: 1.1em)
  #if title != none { sidkit-box-title(title) }
  #body
]`,
  strings: ['help.title', 'help.international'],
});
