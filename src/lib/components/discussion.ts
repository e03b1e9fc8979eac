/** `<Discussion>`: questions to talk about, in a tinted box. */
import { boxedContent, expectTag } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { isElement, visibleChildren } from '../typst/hast-read.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

/** The discussion component. */
export const discussion = defineComponent({
  name: 'Discussion',
  usedIn: ['toolkit'],
  attributes: {},
  html: '<div data-sidkit="discussion"> Discussion questions: must contain a <ul> or <ol> of questions (it may have other content, such as an introductory paragraph).',
  pdf: [
    {
      key: 'discussion',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'div', ctx)) return '';
        if (!visibleChildren(element).some((child) => isElement(child, 'ul', 'ol'))) {
          ctx.problems.push(problemAt(element, 'A discussion must contain a <ul> or <ol> of questions.'));
        }
        return `#sidkit-discussion(title: ${typstString(ctx.options.labels.discussion)})${boxedContent(element, ctx)}`;
      },
    },
  ],
  typst: `// Discussion questions in a tinted box
#let sidkit-discussion(title: "", body) = block(
  width: 100%, breakable: true, fill: sidkit-tint, radius: 5pt, inset: 12pt,
)[#sidkit-box-title(title)#body]`,
  strings: ['toolkit.discussion'],
});
