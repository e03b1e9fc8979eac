/**
 * `<Quiz>` and the parts it is written with, `<Question>`, `<Option>` and `<Feedback>`: a
 * self-marking quiz on the page, and in the PDF numbered questions with tick boxes whose
 * answers and feedback wait in an answer key at the end of the pack (`#sidkit-quiz-key`,
 * which the document places last).
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { inContainer, withTitleHeading, type ConvertContext } from '../typst/convert-context.ts';
import { expectTag, requiredAttribute } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { attribute } from '../typst/hast-read.ts';
import { serializeInline } from '../typst/inline.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

/** The kinds of question a quiz asks. */
export const QUESTION_KINDS = ['choice', 'true-false'] as const;

/** One question as Typst: its text, options, the index of the correct one and its feedback. */
function questionTypst(question: Element, ctx: ConvertContext): string {
  const text = requiredAttribute(question, 'dataText', 'data-text', ctx) ?? '';
  const options = selectAll('[data-quiz-option]', question);
  const answer = options.findIndex((option) => option.properties['dataCorrect'] !== undefined);
  if (answer < 0) ctx.problems.push(problemAt(question, 'A quiz question needs one option marked data-correct.'));
  const optionMarkup = options.map((option) => {
    const words = select('[data-quiz-option-text]', option);
    return `[${serializeInline(ctx.inline(words?.children ?? []))}],`;
  });
  const feedback = select('[data-quiz-feedback] > div', question);
  const feedbackMarkup = inContainer(ctx, () => ctx.blocks(feedback?.children ?? []));
  return `(text: ${typstString(text)}, options: (${optionMarkup.join(' ')}), answer: ${Math.max(answer, 0)}, feedback: [\n${feedbackMarkup}\n]),`;
}

/** The quiz component. */
export const quiz = defineComponent({
  name: 'Quiz',
  usedIn: ['toolkit'],
  attributes: { title: { type: 'text', required: true } },
  html: `<section data-sidkit="quiz" data-title="..." data-key-title="Answer key" id="...">
  <li data-quiz-question data-answer="b" data-text="The question?">
    <label data-quiz-option="a"><input type="radio"><span data-quiz-option-text>words</span></label>
    <label data-quiz-option="b" data-correct>…</label>
    <details data-quiz-feedback><summary>…</summary><div>feedback blocks</div></details>
  </li>…
</section>
A boxed quiz: its title (a heading in the contents), then each question numbered, with a tick box per option. The correct option and the feedback go to the answer key that #sidkit-quiz-key prints at the end, under data-key-title.`,
  pdf: [
    {
      key: 'quiz',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'section', ctx)) return '';
        const title = requiredAttribute(element, 'dataTitle', 'data-title', ctx) ?? '';
        const keyTitle = attribute(element, 'dataKeyTitle') ?? '';
        const questions = selectAll('[data-quiz-question]', element).map((question) => questionTypst(question, ctx));
        return withTitleHeading(ctx, title, (level) => {
          const args = [`level: ${level}`, `title: ${typstString(title)}`, `key-title: ${typstString(keyTitle)}`];
          return `#sidkit-quiz(${args.join(', ')}, questions: (\n${questions.join('\n')}\n))`;
        });
      },
    },
  ],
  typst: `// Quiz: numbered questions with a tick box per option; their answers wait for the key at the end
#let sidkit-quiz-answers = state("sidkit-quiz-answers", ())
#let sidkit-tick-box = box(width: 0.85em, height: 0.85em, baseline: 0.1em, stroke: 0.8pt + luma(60), radius: 1.5pt)
#let sidkit-quiz(level: 2, title: "", key-title: "", questions: ()) = {
  block(width: 100%, breakable: true, stroke: 1pt + sidkit-primary, radius: 5pt, inset: 12pt)[
    #show heading: set block(above: 0pt)
    #heading(level: level, title)
    #set enum(numbering: "1.", spacing: 1.2em)
    #enum(..questions.map(q => [
      #strong(q.text)
      #block(above: 0.6em, grid(row-gutter: 0.5em, ..q.options.map(o => grid(columns: (auto, 1fr), column-gutter: 0.5em, sidkit-tick-box, o))))
    ]))
  ]
  sidkit-quiz-answers.update(all => all + ((title: title, key-title: key-title,
    answers: questions.map(q => (q.options.at(q.answer), q.feedback))),))
}
// The answer key of every quiz in the pack, on pages of its own; nothing when the pack has no quiz
#let sidkit-quiz-key() = context {
  let quizzes = sidkit-quiz-answers.final()
  if quizzes.len() > 0 {
    pagebreak(weak: true)
    heading(level: 1, quizzes.first().key-title)
    for quiz in quizzes {
      block(above: 1.2em, below: 0.6em, strong(quiz.title))
      enum(spacing: 1em, ..quiz.answers.map(((answer, feedback)) => [#strong(answer) \\ #feedback]))
    }
  }
}`,
  strings: [
    'quiz.answerKey',
    'quiz.private',
    'quiz.check',
    'quiz.score',
    'quiz.right',
    'quiz.wrong',
    'quiz.unanswered',
  ],
});

/** A question of a quiz: its text, its kind and the id of its correct option (`true`/`false` for true/false). */
export const question = defineComponent({
  name: 'Question',
  usedIn: ['toolkit'],
  attributes: {
    text: { type: 'text', required: true },
    answer: { type: 'text', required: true },
    kind: { type: 'enum', values: QUESTION_KINDS },
  },
  html: '<li data-quiz-question data-answer="b" data-kind="choice" data-text="..."><fieldset>options, feedback</fieldset></li>; printed by Quiz.',
  pdf: [],
  strings: ['quiz.true', 'quiz.false'],
});

/** An option of a multiple-choice question, named by its `id`. */
export const option = defineComponent({
  name: 'Option',
  usedIn: ['toolkit'],
  attributes: { id: { type: 'text', required: true } },
  html: '<label data-quiz-option="a"><input type="radio" value="a"><span data-quiz-option-text>words</span></label>; printed by Quiz.',
  pdf: [],
  strings: ['quiz.correctAnswer'],
});

/** Why a question's answer is right: behind a disclosure on the page, in the answer key in the PDF. */
export const feedback = defineComponent({
  name: 'Feedback',
  usedIn: ['toolkit'],
  attributes: {},
  html: '<details data-quiz-feedback><summary>Show the answer</summary><div>blocks</div></details>; printed by Quiz.',
  pdf: [],
  strings: ['quiz.showAnswer'],
});
