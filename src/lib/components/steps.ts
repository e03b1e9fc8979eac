/** `<Steps>`: the numbered steps of an activity. */
import { expectTag } from '../typst/component-helpers.ts';
import { itemContent, listItems } from '../typst/lists.ts';
import { defineComponent } from './component.ts';

/** The steps component. */
export const steps = defineComponent({
  name: 'Steps',
  usedIn: ['toolkit'],
  attributes: {},
  html: '<ol data-sidkit="steps"><li>...</li></ol> Numbered steps, styled as steps.',
  pdf: [
    {
      key: 'steps',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'ol', ctx)) return '';
        const items = listItems(element, ['li'], ctx).map((item) => `  ${itemContent(item, ctx)},\n`);
        return `#sidkit-steps(\n${items.join('')})`;
      },
    },
  ],
  typst: `// Steps: an enumeration with the numbers in filled circles
#let sidkit-steps(..items) = {
  set enum(
    numbering: n => box(baseline: 0.25em, circle(radius: 0.7em, fill: sidkit-primary, stroke: none,
      align(center + horizon, text(fill: sidkit-on-primary, weight: "bold", size: 0.85em, str(n))))),
    body-indent: 0.7em,
    spacing: 1.1em,
  )
  enum(..items.pos())
}`,
  strings: [],
});
