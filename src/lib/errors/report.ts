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

/** The whole report: a summary line saying where the problems were found (`in the content` unless told), then each file's problems in line order. */
export function formatReport(problems: readonly Problem[], where = 'in the content'): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const sections = [...byFile.keys()].sort().map((file) => {
    const sorted = [...(byFile.get(file) ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return `${file}\n${sorted.map(formatProblem).join('\n')}`;
  });
  return [`sidkit found ${errors} error(s) and ${warnings} warning(s) ${where}:`, '', sections.join('\n\n')].join('\n');
}
