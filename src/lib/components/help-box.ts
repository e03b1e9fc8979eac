/** `<HelpBox />`: the helplines box that every toolkit ends with and pages may show, leading with the primary helpline's number. */
import { boxedContent, expectTag } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { attribute, textContent } from '../typst/hast-read.ts';
import { defineComponent } from './component.ts';

/** The help box component. */
export const helpBox = defineComponent({
  name: 'HelpBox',
  usedIn: ['page', 'toolkit'],
  attributes: {},
  html: `<section data-sidkit="helpbox" data-title="..."> A box of helplines (usually a list); data-title is optional and defaults to labels.helplines.
<a data-sidkit="helpline-number" href="tel:..."><bdi>116 111</bdi></a> Inside it: the primary helpline's number, printed large.`,
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
    {
      key: 'helpline-number',
      placement: 'inline',
      convert: (element, ctx) =>
        expectTag(element, 'a', ctx)
          ? [{ kind: 'atom', source: `#sidkit-helpline-number(${typstString(textContent(element).trim())})` }]
          : [],
    },
  ],
  typst: `// Helplines: the most prominent box, kept on one page; untitled under a heading of its own
#let sidkit-helpbox(title: none, body) = block(
  width: 100%, breakable: false, fill: sidkit-tint, stroke: 2pt + sidkit-primary, radius: 6pt, inset: 14pt,
)[
  #set text(size: 1.1em)
  // Every number to call stands out in bold, a size up, so a reader finds it at a glance
  #show link: it => if type(it.dest) == str and it.dest.starts-with("tel:") { text(size: 1.2em, weight: "bold", it) } else { it }
  #if title != none { sidkit-box-title(title) }
  #body
]
// The number to call first: large enough to find at a glance on a printed page, and kept
// left to right in a right-to-left page, where its groups of digits would otherwise swap places
#let sidkit-helpline-number(number) = box(text(dir: ltr, size: 2.4em, weight: "bold", fill: sidkit-primary, number))`,
  strings: [
    'help.title',
    'help.international',
    'help.call',
    'help.emergency',
    'help.helpline',
    'help.hotline',
    'help.directory',
    'helpFirst.heading',
    'helpFirst.about',
    'helpFirst.elsewhere',
    'helpFirst.more',
  ],
});
