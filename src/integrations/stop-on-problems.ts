/**
 * What problems found during a build do to it, in one place for every integration: warnings
 * are logged and the build goes on; errors print the whole report and stop the process
 * with exit code 1, so the organiser sees every problem and no stack trace.
 */
import type { BuildLogger } from './build-logger.ts';
import { hasErrors, type Problem } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';

/**
 * Logs warnings and returns; prints the whole report, then `summary` if given, and exits with code 1
 * when any problem is an error.
 */
export function stopOnProblems(problems: readonly Problem[], logger: BuildLogger, summary?: string): void {
  if (problems.length === 0) return;
  const report = formatReport(problems);
  if (!hasErrors(problems)) {
    logger.warn(report);
    return;
  }
  console.error(`\n${report}\n${summary ? `\n${summary}\n` : ''}`);
  process.exit(1);
}
