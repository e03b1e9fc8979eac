/**
 * `<AnswerBox>`: one prompt of a worksheet, in a rounded frame with its label in bold
 * (optionally numbered) above ruled lines to write the answer on.
 */
import { boxedContent, expectTag, requiredAttribute, wholeNumber } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { defineComponent } from './component.ts';
import { expectInsideWorksheet } from './worksheet.ts';
import { LINES_ATTRIBUTE, linesArgument } from './writing-lines.ts';

/** Lines an answer box gets when its author gives no count. */
export const ANSWER_BOX_LINES = 3;

/** The answer box component. */
export const answerBox = defineComponent({
  name: 'AnswerBox',
  usedIn: ['toolkit'],
  insideOf: 'Worksheet',
  attributes: {
    label: { type: 'text', required: true },
    lines: LINES_ATTRIBUTE,
    number: { type: 'number', whole: true, max: 99 },
  },
  html: `<div data-sidkit="answer-box" data-label="..." data-lines="3" data-number="1">optional hint blocks</div>
Inside a worksheet only: a rounded frame with the label in bold (after data-number in a badge, when given), the element's content, then data-lines ruled lines (default ${ANSWER_BOX_LINES}; "fill" stretches the box to the bottom of the page).`,
  pdf: [
    {
      key: 'answer-box',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'div', ctx) || !expectInsideWorksheet(element, ctx)) return '';
        const label = requiredAttribute(element, 'dataLabel', 'data-label', ctx) ?? '';
        const number = wholeNumber(element, 'dataNumber', 'data-number', ctx);
        const args = [
          `label: ${typstString(label)}`,
          ...(number === undefined ? [] : [`number: ${typstString(String(number))}`]),
          `lines: ${linesArgument(element, ctx, ANSWER_BOX_LINES)}`,
        ];
        return `#sidkit-answer-box(${args.join(', ')})${boxedContent(element, ctx)}`;
      },
    },
  ],
  typst: `// Answer box: a worksheet prompt in a rounded frame, its label in bold after an optional
// number badge, then writing lines; "fill" stretches it to the bottom of the page
#let sidkit-number-badge(number) = box(width: 1.5em, height: 1.5em, radius: 0.75em, fill: sidkit-primary,
  align(center + horizon, text(fill: sidkit-on-primary, weight: "bold", size: 0.9em, number)))
#let sidkit-answer-box(label: "", number: none, lines: 3, body) = block(
  width: 100%, height: if lines == "fill" { 1fr } else { auto }, breakable: false, above: 0.8em, below: 0.8em,
  stroke: 1.2pt + sidkit-rule, radius: 7pt, inset: (x: 12pt, top: 9pt, bottom: 6pt), {
    block(below: 0.2em, sticky: true, if number == none { strong(label) } else {
      grid(columns: (auto, 1fr), column-gutter: 0.5em, sidkit-number-badge(number), strong(label))
    })
    body
    sidkit-writing-lines(lines)
  })`,
  strings: [],
});
