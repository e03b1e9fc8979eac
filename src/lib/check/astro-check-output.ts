/**
 * Reads the output of `astro check` (TypeScript's diagnostics for .astro and .ts files)
 * into problems, so that type errors appear in `npm run check`'s one report next to the
 * content problems, grouped by file like them.
 */
import { TypeCheckError } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';

/** What one run of `astro check` found. */
export interface AstroCheckResult {
  problems: Problem[];
  /** How many files it checked, from its closing summary; undefined when the run did not finish. */
  files: number | undefined;
}

// TypeScript colours its diagnostics whatever the environment says.
const ANSI = /\u001b\[[0-9;]*m/g;
// `src/pages/index.astro:2:7 - error ts(2322): Type 'string' is not assignable to type 'number'.`
const DIAGNOSTIC = /^(\S.*?):(\d+):(\d+) - (error|warning)\s+([^:]*?):\s?(.*)$/;
const SUMMARY = /^Result \((\d+) files?\)/m;

/** Every diagnostic in `astro check`'s output as a problem at its file, line and column. */
export function parseAstroCheckOutput(output: string): AstroCheckResult {
  const lines = output.replace(ANSI, '').split(/\r?\n/);
  const problems: Problem[] = [];
  lines.forEach((line, index) => {
    const match = DIAGNOSTIC.exec(line);
    if (!match) return;
    const [, file = '', lineNumber, column, severity, code = '', first = ''] = match;
    const rest: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.trim() === '' || DIAGNOSTIC.test(next)) break;
      rest.push(next.trim());
    }
    problems.push(
      problem(TypeCheckError, {
        file,
        line: Number(lineNumber),
        column: Number(column),
        ...(code ? { field: code } : {}),
        message: [first, ...rest].join(' '),
        severity: severity === 'warning' ? 'warning' : 'error',
      }),
    );
  });
  const files = SUMMARY.exec(lines.join('\n'))?.[1];
  return { problems, files: files === undefined ? undefined : Number(files) };
}
