/** `<Vocabulary />`: the toolkit's key words and their meanings, from its frontmatter. */
import { expectTag } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { termGroupContent, termGroups } from '../typst/lists.ts';
import { defineComponent } from './component.ts';

/** The vocabulary component. */
export const vocabulary = defineComponent({
  name: 'Vocabulary',
  usedIn: ['toolkit'],
  attributes: {},
  html: '<dl data-sidkit="vocabulary"><dt>term</dt><dd>meaning</dd>...</dl>',
  pdf: [
    {
      key: 'vocabulary',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'dl', ctx)) return '';
        const entries = termGroups(element, ctx).map((group) => `  (${termGroupContent(group, ctx).join(', ')}),\n`);
        return `#sidkit-vocabulary(title: ${typstString(ctx.options.labels.vocabulary)},\n${entries.join('')})`;
      },
    },
  ],
  typst: `// Vocabulary: terms and their meanings side by side
#let sidkit-vocabulary(title: "", ..entries) = block(
  width: 100%, breakable: true, stroke: 1pt + sidkit-rule, radius: 5pt, inset: 12pt,
)[
  #sidkit-box-title(title)
  #grid(
    columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.9em,
    ..entries.pos().map(((term, meaning)) => (strong(term), meaning)).flatten(),
  )
]`,
  strings: ['toolkit.vocabulary'],
});
