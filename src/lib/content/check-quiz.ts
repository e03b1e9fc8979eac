/**
 * Checks that every quiz question of an MDX file can be marked: it sits in a `<Quiz>`, a
 * multiple-choice question has at least two options with distinct ids and its answer names one
 * of them, a true/false answer is `true` or `false`, and each question explains its answer in a
 * `<Feedback>`. Options and feedback outside a question are reported too.
 */
import { QuizQuestionInvalid } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import type { SourceFile } from './campaign-tree.ts';
import { textAttribute, type MdxElement } from './mdx-elements.ts';

const PARTS = new Set(['Option', 'Feedback']);

/** A question with the options and feedback written inside it. */
interface WrittenQuestion {
  element: MdxElement;
  options: MdxElement[];
  feedback: MdxElement[];
}

/** The problems of one question, each placed on the line the problem is written on. */
function questionProblems(file: SourceFile, { element, options, feedback }: WrittenQuestion): Problem[] {
  const at = (where: MdxElement, field: string, message: string, expected: string) =>
    problem(QuizQuestionInvalid, {
      file: file.displayPath,
      line: where.line,
      column: where.column,
      field,
      message,
      expected,
    });
  const answer = textAttribute(element, 'answer');
  const problems: Problem[] = [];
  if (!element.ancestors.includes('Quiz'))
    problems.push(
      at(element, '<Question>', '<Question> is not inside a <Quiz>', 'a <Quiz title="…"> around its questions'),
    );
  if (feedback.length === 0)
    problems.push(
      at(element, '<Question> <Feedback>', 'the question has no <Feedback>', 'a <Feedback> that explains the answer'),
    );
  if (textAttribute(element, 'kind') === 'true-false') {
    if (answer !== undefined && answer !== 'true' && answer !== 'false')
      problems.push(at(element, '<Question answer>', `answer is "${answer}"`, 'true or false'));
    if (options.length > 0)
      problems.push(
        at(
          options[0]!,
          '<Option>',
          'a true/false question has <Option>s',
          'no <Option>: true and false are drawn for it',
        ),
      );
    return problems;
  }
  const ids = options.map((option) => textAttribute(option, 'id') ?? '');
  if (options.length < 2)
    problems.push(
      at(
        element,
        '<Question> <Option>',
        `the question has ${options.length} option(s)`,
        'at least two <Option id="…">',
      ),
    );
  options
    .filter((option, index) => ids.indexOf(ids[index]!) !== index)
    .forEach((option) =>
      problems.push(
        at(
          option,
          '<Option id>',
          `two options have the id "${textAttribute(option, 'id')}"`,
          'a different id for each option',
        ),
      ),
    );
  if (answer !== undefined && options.length > 0 && !ids.includes(answer))
    problems.push(
      at(
        element,
        '<Question answer>',
        `answer is "${answer}", which no option has as its id`,
        `one of: ${ids.join(', ')}`,
      ),
    );
  return problems;
}

/** Every quiz problem of one MDX file, given its elements in document order. */
export function checkQuizzes(file: SourceFile, elements: readonly MdxElement[]): Problem[] {
  const questions: WrittenQuestion[] = [];
  const strays: Problem[] = [];
  for (const element of elements) {
    if (element.name === 'Question') questions.push({ element, options: [], feedback: [] });
    if (!PARTS.has(element.name)) continue;
    const current = questions.at(-1);
    if (!element.ancestors.includes('Question') || !current) {
      strays.push(
        problem(QuizQuestionInvalid, {
          file: file.displayPath,
          line: element.line,
          column: element.column,
          field: `<${element.name}>`,
          message: `<${element.name}> is not inside a <Question>`,
          expected: `<${element.name}> written between <Question …> and </Question>`,
        }),
      );
    } else (element.name === 'Option' ? current.options : current.feedback).push(element);
  }
  return [...questions.flatMap((question) => questionProblems(file, question)), ...strays].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
}
