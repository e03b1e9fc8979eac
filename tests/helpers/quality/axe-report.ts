/**
 * Accessibility failures as people can act on them: axe-core's violations for one page,
 * each with its rule, the elements (as selectors) and the page's address.
 */

/** The parts of an axe-core violation the report uses (axe-core's `Result` has these). */
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: ReadonlyArray<{ target: ReadonlyArray<unknown> }>;
}

/** One block per violated rule: rule id, impact and help, every failing element's selector, the page URL. */
export function formatAxeViolations(url: string, violations: readonly AxeViolation[]): string[] {
  return violations.map((violation) => {
    const selectors = violation.nodes.map((node) => `  ${node.target.flat().join(' ')}`);
    return [
      `${violation.id} (${violation.impact ?? 'unknown impact'}) on ${url}: ${violation.help}`,
      ...selectors,
      `  see ${violation.helpUrl}`,
    ].join('\n');
  });
}
