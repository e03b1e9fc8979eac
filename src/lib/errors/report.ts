/**
 * Renders problems as one plain-text report, grouped by file and ordered by line, so an
 * organiser can fix everything in a single pass.
 */
import type { Problem } from './problem.ts';

function location(p: Problem): string {
  if (p.line === undefined) return p.file;
  return p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
}

function formatProblem(p: Problem): string {
  const lines = [`  ${p.severity === 'error' ? '✖' : '⚠'} ${p.title}  (${location(p)})`];
  if (p.field) lines.push(`      field:    ${p.field}`);
  lines.push(`      problem:  ${p.message}`);
  if (p.expected) lines.push(`      expected: ${p.expected}`);
  lines.push(`      fix:      ${p.hint}`);
  return lines.join('\n');
}

/** Problems about a whole file (no line) come after those at a line, which they often sum up. */
const lineOrder = (p: Problem) => p.line ?? Number.MAX_SAFE_INTEGER;

/** Data files (campaign.yaml, facts.yaml, help.yaml…) sort first: pages depend on them, so their problems often explain the pages'. */
function reportOrder(a: string, b: string): number {
  const dataFirst = Number(!a.endsWith('.yaml')) - Number(!b.endsWith('.yaml'));
  return dataFirst || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The whole report: a summary line saying where the problems were found (`in the content`
 * unless told), then each file's problems in line order, data files first.
 */
export function formatReport(problems: readonly Problem[], where = 'in the content'): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const sections = [...byFile.keys()].sort(reportOrder).map((file) => {
    const sorted = [...(byFile.get(file) ?? [])].sort((a, b) => lineOrder(a) - lineOrder(b));
    return `${file}\n${sorted.map(formatProblem).join('\n')}`;
  });
  return [`sidkit found ${errors} error(s) and ${warnings} warning(s) ${where}:`, '', sections.join('\n\n')].join('\n');
}
