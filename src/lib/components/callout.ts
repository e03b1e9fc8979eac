/** `<Callout kind="tip|warning|note">`: a highlighted box for a tip, a warning or a note. */
import { attribute } from '../typst/hast-read.ts';
import { boxedContent, expectTag } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

/** The kinds of callout, declared once for MDX, HTML, PDF and the UI strings. */
export const CALLOUT_KINDS = ['tip', 'warning', 'note'] as const;
/** One kind of callout. */
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const isCalloutKind = (kind: string | undefined): kind is CalloutKind =>
  (CALLOUT_KINDS as readonly (string | undefined)[]).includes(kind);

/** The callout component. */
export const callout = defineComponent({
  name: 'Callout',
  usedIn: ['page', 'toolkit'],
  attributes: { kind: { type: 'enum', values: CALLOUT_KINDS } },
  html: `<aside data-sidkit="callout" data-kind="${CALLOUT_KINDS.join('|')}">content</aside>`,
  pdf: [
    {
      key: 'callout',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'aside', ctx)) return '';
        const kind = attribute(element, 'dataKind');
        if (!isCalloutKind(kind)) {
          ctx.problems.push(
            problemAt(element, `data-kind="${kind ?? ''}" must be one of: ${CALLOUT_KINDS.join(', ')}.`),
          );
          return '';
        }
        const label = typstString(ctx.options.labels.callouts[kind]);
        return `#sidkit-callout(kind: "${kind}", label: ${label})${boxedContent(element, ctx)}`;
      },
    },
  ],
  typst: `// Callout: a tip, warning or note, coloured by its kind
#let sidkit-callout-colours = (tip: rgb("#1b7a3d"), warning: rgb("#b3261e"), note: sidkit-primary)
#let sidkit-callout(kind: "note", label: "", body) = {
  let paint = sidkit-callout-colours.at(kind)
  block(
    width: 100%, breakable: true, fill: paint.lighten(92%), stroke: 1pt + paint, radius: 5pt, inset: 12pt,
  )[#sidkit-box-title(label, fill: paint)#body]
}`,
  strings: CALLOUT_KINDS.map((kind) => `callout.${kind}`),
});
