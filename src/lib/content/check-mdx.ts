/**
 * Checks the components used in one MDX file: syntax, unknown components, attributes,
 * citations against the source registry, facts against the campaign's facts file, and
 * Markdown tables whose rows have more cells than their header.
 */
import {
  ComponentAttributeInvalid,
  ComponentOutsideParent,
  MdxSyntax,
  RawHtmlTag,
  TableRowTooLong,
  UnknownComponent,
} from '../errors/catalogue.ts';
import { htmlTagHint, isHtmlTagName } from './html-in-markdown.ts';
import { placeProblem, problem, type Problem } from '../errors/problem.ts';
import { unknownSource, validateCitation } from '../sources/citation.ts';
import type { Fact } from '../sources/fact-schema.ts';
import { factLabel, findFact } from '../sources/facts.ts';
import type { Source } from '../sources/source-schema.ts';
import type { SourceFile } from './campaign-tree.ts';
import { checkAssembly } from './check-assembly.ts';
import { checkQuizzes } from './check-quiz.ts';
import type { AttributeRule, ComponentSpec } from '../components/component.ts';
import { REQUIRED_PARENTS } from '../components/registry.ts';
import { mdxElements, numberAttribute, textAttribute, type MdxElement } from './mdx-elements.ts';
import { mdxTree } from './mdx-tree.ts';
import { longTableRows } from './table-rows.ts';

/** What an MDX file is checked against. */
export interface MdxCheckContext {
  components: Readonly<Record<string, ComponentSpec>>;
  sources: ReadonlyMap<string, Source>;
  facts: readonly Fact[];
  /** The language the file is written in: facts must have a label in it. */
  locale: string;
  /** Elements another check reports on in this file, such as pictures in a toolkit; skipped here. */
  checkedElsewhere?: ReadonlySet<string>;
  /** The campaign's `trustedCode`: unless set, the code check reports elements named after a JavaScript value (`<a.b>`). */
  trustedCode?: boolean;
}

function attributeProblem(
  file: SourceFile,
  element: MdxElement,
  name: string,
  rule: AttributeRule,
): Problem | undefined {
  const given = element.attributes[name];
  const place = {
    file: file.displayPath,
    line: element.line,
    column: element.column,
    field: `<${element.name} ${name}>`,
  };
  if (given === undefined) {
    return rule.required
      ? problem(ComponentAttributeInvalid, {
          ...place,
          message: `<${element.name}> needs a ${name}`,
          expected: describeRule(name, rule),
        })
      : undefined;
  }
  if (attributeValid(element, name, rule)) return undefined;
  const found = typeof given === 'object' ? `{${given.expression}}` : String(given);
  return problem(ComponentAttributeInvalid, {
    ...place,
    message: `${name} is ${JSON.stringify(found)}`,
    expected: describeRule(name, rule),
  });
}

function numberValid(element: MdxElement, name: string, rule: AttributeRule): boolean {
  if (rule.words?.includes(textAttribute(element, name) ?? '')) return true;
  const value = numberAttribute(element, name);
  if (value === undefined) return false;
  return (!rule.whole || Number.isInteger(value)) && (rule.max === undefined || value <= rule.max);
}

function attributeValid(element: MdxElement, name: string, rule: AttributeRule): boolean {
  if (rule.type === 'number') return numberValid(element, name, rule);
  if (rule.type === 'enum') return rule.values?.includes(textAttribute(element, name) ?? '') === true;
  if (rule.type === 'flag') return element.attributes[name] === true;
  const text = textAttribute(element, name);
  return text !== undefined && (rule.allowEmpty === true || text.trim() !== '');
}

function describeRule(name: string, rule: AttributeRule): string {
  if (rule.type === 'number') {
    const kind = rule.whole ? 'a whole number' : 'a number';
    const range = rule.max === undefined ? '' : ` from 0 to ${rule.max}`;
    const words = rule.words?.map((word) => `, or ${name}="${word}"`).join('') ?? '';
    return `${kind}${range} in braces, e.g. ${name}={${Math.min(15, rule.max ?? 15)}}${words}`;
  }
  if (rule.type === 'enum') return `one of: ${rule.values?.join(', ')}`;
  if (rule.type === 'flag') return `the word ${name} alone, without a value`;
  if (rule.type === 'url') return `an address or path in quotes, e.g. ${name}="../images/classroom.jpg"`;
  return `text in quotes, e.g. ${name}="…"`;
}

function citationProblems(file: SourceFile, element: MdxElement, context: MdxCheckContext): Problem[] {
  const source = textAttribute(element, 'source');
  const para = textAttribute(element, 'para');
  if (source === undefined || para === undefined) return [];
  const footnote = numberAttribute(element, 'footnote');
  const place = { file: file.displayPath, line: element.line, column: element.column };
  return validateCitation(context.sources, { source, para, ...(footnote === undefined ? {} : { footnote }) }).map((p) =>
    placeProblem(p, place),
  );
}

function outlineProblems(file: SourceFile, element: MdxElement, context: MdxCheckContext): Problem[] {
  const source = textAttribute(element, 'source');
  if (source === undefined || context.sources.has(source)) return [];
  return [
    placeProblem(unknownSource(context.sources, source), {
      file: file.displayPath,
      line: element.line,
      column: element.column,
    }),
  ];
}

function factProblems(file: SourceFile, element: MdxElement, context: MdxCheckContext): Problem[] {
  const id = textAttribute(element, 'id');
  if (id === undefined) return [];
  const place = { file: file.displayPath, line: element.line, column: element.column };
  const found = findFact(context.facts, id);
  if (!found.ok) return [placeProblem(found.problem, place)];
  const label = factLabel(found.value, context.locale);
  return label.ok ? [] : [placeProblem(label.problem, place)];
}

/** Components whose attributes point into data: a registered source, a fact. */
const DATA_CHECKS: Readonly<
  Record<string, (file: SourceFile, element: MdxElement, context: MdxCheckContext) => Problem[]>
> = {
  Cite: citationProblems,
  Fact: factProblems,
  ReportOutline: outlineProblems,
};

/** A problem when a component that belongs inside another, such as an answer box in a worksheet, is written elsewhere. */
function parentProblems(file: SourceFile, element: MdxElement): Problem[] {
  const parent = REQUIRED_PARENTS[element.name];
  if (parent === undefined || element.ancestors.includes(parent)) return [];
  return [
    problem(ComponentOutsideParent, {
      file: file.displayPath,
      line: element.line,
      column: element.column,
      field: `<${element.name}>`,
      message: `<${element.name}> is not inside a <${parent}>`,
      expected: `<${element.name}> written between <${parent} …> and </${parent}>`,
    }),
  ];
}

/** A warning for each table row whose cells beyond the header would be dropped. */
function tableProblems(file: SourceFile): Problem[] {
  const { tree } = mdxTree(file.text);
  if (!tree) return [];
  return longTableRows(tree).map((row) =>
    problem(TableRowTooLong, {
      file: file.displayPath,
      line: row.line,
      field: 'table row',
      message: `this row has ${row.cells} cells but the header has ${row.headerCells}, so ${row.cells - row.headerCells} would not be shown`,
      expected: `at most ${row.headerCells} cells per row, as many as the header`,
    }),
  );
}

/** Every problem with the components and tables of one MDX file. */
export function checkMdx(file: SourceFile, context: MdxCheckContext): Problem[] {
  const { elements, error } = mdxElements(file.text);
  if (error) return [problem(MdxSyntax, { file: file.displayPath, line: error.line, message: error.message })];
  return [...componentProblems(file, elements, context), ...tableProblems(file)];
}

function componentProblems(file: SourceFile, elements: readonly MdxElement[], context: MdxCheckContext): Problem[] {
  const known = Object.keys(context.components);
  const quizzes = Object.hasOwn(context.components, 'Quiz') ? checkQuizzes(file, elements) : [];
  const assembly = Object.hasOwn(context.components, 'Assembly') ? checkAssembly(file, elements, context.locale) : [];
  const components = elements.flatMap((element) => {
    if (context.checkedElsewhere?.has(element.name)) return [];
    if (!context.trustedCode && element.name.includes('.')) return [];
    const spec = context.components[element.name];
    if (!spec && isHtmlTagName(element.name)) {
      return [
        problem(RawHtmlTag, {
          file: file.displayPath,
          line: element.line,
          column: element.column,
          field: `<${element.name}>`,
          message: `<${element.name}> is an HTML tag, and campaign pages hold no HTML`,
          expected: 'Markdown, or one of the sidkit components',
          hint: htmlTagHint(element.name),
        }),
      ];
    }
    if (!spec) {
      return [
        problem(UnknownComponent, {
          file: file.displayPath,
          line: element.line,
          column: element.column,
          field: `<${element.name}>`,
          message: `<${element.name}> is not a sidkit component here`,
          expected: `one of: ${known.map((name) => `<${name}>`).join(', ')}`,
        }),
      ];
    }
    const unknownAttributes = Object.keys(element.attributes)
      .filter((name) => !Object.hasOwn(spec, name))
      .map((name) =>
        problem(ComponentAttributeInvalid, {
          file: file.displayPath,
          line: element.line,
          column: element.column,
          field: `<${element.name} ${name}>`,
          message: `<${element.name}> has no attribute "${name}"`,
          expected: `attributes: ${Object.keys(spec).join(', ') || 'none'}`,
        }),
      );
    const attributeProblems = Object.entries(spec).flatMap(
      ([name, rule]) => attributeProblem(file, element, name, rule) ?? [],
    );
    const data = DATA_CHECKS[element.name]?.(file, element, context) ?? [];
    return [...unknownAttributes, ...attributeProblems, ...parentProblems(file, element), ...data];
  });
  return [...components, ...quizzes, ...assembly];
}
