/**
 * What a terminology finding says, wherever the words were found (page prose, frontmatter,
 * fact labels), so that every report reads the same.
 */
import type { TermMatch } from './find-terms.ts';

/** Whether a finding stops the build (`error`) or is only reported (`warn`); set per campaign. */
export type TerminologyMode = 'error' | 'warn';

/** The words found, the term to use with its source, and how serious the finding is. */
export function terminologyFinding({ found, rule }: Pick<TermMatch, 'found' | 'rule'>, mode: TerminologyMode) {
  return {
    message: `found "${found.replace(/\s+/g, ' ')}"`,
    expected: `"${rule.preferred}" (${rule.source}, para. ${rule.para})`,
    severity: mode === 'warn' ? ('warning' as const) : ('error' as const),
  };
}
