/**
 * YAML syntax errors as an organiser can act on them. One mistake in a YAML file makes
 * the parser report a cascade of errors after it ("Unexpected scalar at node end",
 * "Unexpected map-value-ind token", …); only the first is about what the writer did. A
 * tab in the indentation, the commonest such mistake, is named as a tab.
 */
import { YamlSyntax, YamlTabIndent } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import type { YamlError } from './yaml.ts';

/** Lines (1-based, shifted by `firstLine`) whose indentation holds a tab, with the tab's column. */
function tabIndentedLines(text: string, firstLine: number): { line: number; column: number }[] {
  return text.split(/\r?\n/).flatMap((content, index) => {
    const indent = /^[ \t]*/.exec(content)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    return tab === -1 || indent.length === content.length ? [] : [{ line: index + firstLine, column: tab + 1 }];
  });
}

/**
 * The problems to report for a file's syntax errors: every tab-indented line when a tab comes
 * at or before the first error (so the tab caused it), or else the first error, saying how
 * many errors after it were left out.
 */
export function yamlSyntaxProblems(file: string, text: string, errors: readonly YamlError[], firstLine = 1): Problem[] {
  const [first] = errors;
  if (!first) return [];
  const tabs = tabIndentedLines(text, firstLine);
  if (tabs.some((tab) => tab.line <= first.line))
    return tabs.map((tab) =>
      problem(YamlTabIndent, {
        file,
        line: tab.line,
        column: tab.column,
        message: `line ${tab.line} is indented with a tab character (column ${tab.column})`,
        expected: 'spaces for indentation',
      }),
    );
  const more = errors.length - 1;
  return [
    problem(YamlSyntax, {
      file,
      line: first.line,
      column: first.column,
      message: more
        ? `${first.message} (${more} more error(s) after this one were left out: they usually follow from it, so fix this one and check again)`
        : first.message,
    }),
  ];
}
