/**
 * Wires the questions of one rendered `<Quiz>` together: each question's radio buttons get a
 * name of their own (`<quiz id>-q<N>`), so a group is one question, and the option its
 * `data-answer` names is marked `data-correct`, which the page shows once the answer is opened
 * and the PDF's answer key reads. The templates cannot do this themselves: an `<Option>` does
 * not know its question, nor a question its place in the quiz.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** The quiz's questions' HTML with named radio groups and the correct options marked. */
export function wireQuizQuestions(html: string, quizId: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  selectAll('[data-quiz-question]', tree).forEach((question: Element, index) => {
    const answer = String(question.properties['dataAnswer'] ?? '');
    for (const input of selectAll('input[type=radio]', question)) input.properties['name'] = `${quizId}-q${index + 1}`;
    for (const option of selectAll('[data-quiz-option]', question))
      if (option.properties['dataQuizOption'] === answer) option.properties['dataCorrect'] = '';
  });
  return toHtml(tree);
}
