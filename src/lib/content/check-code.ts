/**
 * Keeps campaign MDX content-only: Markdown, sidkit components and literal attribute values.
 * MDX would otherwise run whatever a page says when the site is built: an `import` of
 * `node:fs` and an `export` reading a file publish the machine's files, and a `{…}`
 * expression prints the build's surroundings. Content is written by many hands, so code is
 * refused unless the campaign sets `trustedCode: true` in campaign.yaml.
 *
 * Comments, `{/* … *\/}`, are allowed: they are how MDX writes a note for editors (it has no
 * `<!-- -->`), and an expression that holds nothing but comments compiles to nothing.
 */
import { CodeExpression, CodeImportExport } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import type { SourceFile } from './campaign-tree.ts';
import { mdxTree } from './mdx-tree.ts';

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

// A JavaScript literal an attribute may hold in braces: a number, true or false, or a quoted string.
const LITERAL = /^\s*(?:-?\d+(?:\.\d+)?|true|false|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*$/;
// One comment at the start of an expression, after any white space.
const LEADING_COMMENT = /^\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n\r\u2028\u2029]*)/;

/** Whether an expression's source holds only comments and white space, so it compiles to nothing. */
export function isOnlyComments(source: string): boolean {
  let rest = source;
  for (let match = LEADING_COMMENT.exec(rest); match; match = LEADING_COMMENT.exec(rest))
    rest = rest.slice(match[0].length);
  return rest.trim() === '';
}

/** Whether an attribute expression is a literal value, such as `15`, `true` or `"text"`. */
export function isLiteral(source: string): boolean {
  return LITERAL.test(source);
}

/** An expression as organisers wrote it, shortened for a report. */
function shown(source: string): string {
  const oneLine = source.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

const STATEMENT = /^\s*(import|export)\b/;

function esmProblems(file: SourceFile, node: Node): Problem[] {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const lines = String(node.value ?? '').split('\n');
  const statements = lines.flatMap((text, index) => {
    const keyword = STATEMENT.exec(text)?.[1];
    return keyword ? [{ keyword, text, line: start.line + index }] : [];
  });
  const found = statements.length ? statements : [{ keyword: 'import', text: lines[0] ?? '', line: start.line }];
  return found.map(({ keyword, text, line }) =>
    problem(CodeImportExport, {
      file: file.displayPath,
      line,
      field: `${keyword} statement`,
      message: `"${shown(text)}" ${keyword === 'export' ? 'exports' : 'imports'} code, which would run when the site is built`,
      expected: 'Markdown and sidkit components only',
    }),
  );
}

function expressionProblem(file: SourceFile, node: Node): Problem | undefined {
  const source = String(node.value ?? '');
  if (isOnlyComments(source)) return undefined;
  const start = node.position?.start ?? { line: 1, column: 1 };
  return problem(CodeExpression, {
    file: file.displayPath,
    line: start.line,
    column: start.column,
    field: 'expression in braces',
    message: `{${shown(source)}} is a JavaScript expression, which would run when the site is built`,
    expected: 'the text itself, with a literal brace written \\{, or a comment {/* … */}',
  });
}

function attributeProblems(file: SourceFile, node: Node): Problem[] {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const place = { file: file.displayPath, line: start.line, column: start.column };
  const element = node.name ?? '<>';
  const named = element.includes('.')
    ? [
        problem(CodeExpression, {
          ...place,
          field: `<${element}>`,
          message: `<${element}> names a JavaScript value, which would run when the site is built`,
          expected: 'a sidkit component, such as <Callout>',
        }),
      ]
    : [];
  const attributes = (node.attributes ?? []).flatMap((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute')
      return [
        problem(CodeExpression, {
          ...place,
          field: `<${element} {…}>`,
          message: `<${element} {${shown(String(attribute.value ?? ''))}}> spreads a JavaScript value into the attributes`,
          expected: 'each attribute written by name, e.g. title="…"',
        }),
      ];
    const value = attribute.value;
    if (value === null || value === undefined || typeof value === 'string') return [];
    const source = String((value as { value?: unknown }).value ?? '');
    if (isLiteral(source)) return [];
    return [
      problem(CodeExpression, {
        ...place,
        field: `<${element} ${attribute.name ?? ''}>`,
        message: `${attribute.name ?? 'an attribute'}={${shown(source)}} is a JavaScript expression, which would run when the site is built`,
        expected: `text in quotes, e.g. ${attribute.name ?? 'title'}="…", or a number, true or false in braces, e.g. minutes={15}`,
      }),
    ];
  });
  return [...named, ...attributes];
}

function collect(file: SourceFile, node: Node, out: Problem[]): void {
  if (node.type === 'mdxjsEsm') out.push(...esmProblems(file, node));
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const found = expressionProblem(file, node);
    if (found) out.push(found);
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    out.push(...attributeProblems(file, node));
  for (const child of node.children ?? []) collect(file, child, out);
}

/** Every import, export and JavaScript expression in one MDX file, in document order; none when it cannot be parsed. */
export function checkCode(file: SourceFile): Problem[] {
  const { tree } = mdxTree(file.text);
  if (!tree) return [];
  const problems: Problem[] = [];
  collect(file, tree as Node, problems);
  return problems;
}
