/**
 * Checks that every quiz question of an MDX file can be marked: it sits in a `<Quiz>`, a
 * multiple-choice question has at least two options with distinct ids and its answer names one
 * of them, a true/false answer is `true` or `false`, and each question explains its answer in a
 * `<Feedback>`. Options and feedback outside a question are reported too, and so is anything
 * else written inside a quiz or a question, which no part of the quiz would print.
 */
import { QuizQuestionInvalid } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import type { SourceFile } from './campaign-tree.ts';
import { textAttribute, type MdxElement } from './mdx-elements.ts';
import { mdxTree } from './mdx-tree.ts';

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

interface QuizNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: QuizNode[];
  position?: { start: { line: number; column: number } };
}

/** What each quiz part may hold: a quiz holds questions; a question, its options and feedback. */
const ALLOWED_INSIDE: Readonly<Record<string, ReadonlySet<string>>> = {
  Quiz: new Set(['Question']),
  Question: PARTS,
};

/** Content written in a `<Quiz>` or `<Question>` outside the parts it prints: the PDF would drop it. */
function strayContent(file: SourceFile): Problem[] {
  const { tree } = mdxTree(file.text);
  const problems: Problem[] = [];
  const visit = (node: QuizNode) => {
    const allowed = node.name ? ALLOWED_INSIDE[node.name] : undefined;
    const isPart = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (allowed && isPart) {
      for (const child of node.children ?? []) {
        const isElement = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
        if ((isElement && allowed.has(child.name ?? '')) || (child.type === 'text' && !child.value?.trim())) continue;
        const start = child.position?.start;
        const what = isElement ? `<${child.name ?? ''}>` : 'text';
        problems.push(
          problem(QuizQuestionInvalid, {
            file: file.displayPath,
            ...(start ? { line: start.line, column: start.column } : {}),
            field: `<${node.name}>`,
            message: `${what} is written inside <${node.name}> but outside its ${[...allowed].map((name) => `<${name}>`).join(' and ')}, so the printed quiz would leave it out`,
            expected:
              node.name === 'Quiz'
                ? 'only <Question>s inside <Quiz>; put an introduction above the quiz'
                : 'only <Option>s and a <Feedback> inside <Question>; put the question itself in text="…"',
          }),
        );
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree as QuizNode);
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
  const found = [...questions.flatMap((question) => questionProblems(file, question)), ...strays];
  if (elements.some((element) => element.name === 'Quiz' || element.name === 'Question'))
    found.push(...strayContent(file));
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
