/**
 * Reading a Lighthouse result against the site's targets: which categories score below their
 * minimum and, for each, the audits that cost it points, so that a failing gate says what to fix.
 */

/** The part of a Lighthouse result (`LH.Result`) the gate reads. */
export interface LighthouseResult {
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  /** Set when the page could not be audited (it did not load, say); the scores are then meaningless. */
  runtimeError?: { code: string; message: string };
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode?: string; displayValue?: string; details?: unknown }
  >;
}

/** The lowest score, from 0 to 1, each category may have. */
export type ScoreTargets = Readonly<Record<string, number>>;

/** The site's targets: every page fully accessible, following best practices and findable, and fast on a phone. */
export const LIGHTHOUSE_TARGETS: ScoreTargets = {
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
  performance: 0.95,
};

// Audits that are informative only, or do not apply, carry no score to fix.
const UNSCORED = new Set(['notApplicable', 'informative', 'manual']);

/** The scores of a result, e.g. `performance 98, accessibility 100, …`, for the run's log. */
export function scoreSummary(result: LighthouseResult): string {
  return Object.entries(result.categories)
    .map(([id, category]) => `${id} ${percent(category.score)}`)
    .join(', ');
}

const percent = (score: number | null) => (score === null ? 'no score' : String(Math.round(score * 100)));

/**
 * Whether only the performance score misses its target. Timings depend on what else the
 * machine is running (the other tests, on two cores), so such a page is worth auditing again;
 * the other categories do not depend on timing.
 */
export function onlyPerformanceFails(result: LighthouseResult, targets: ScoreTargets = LIGHTHOUSE_TARGETS): boolean {
  const { performance, ...rest } = targets;
  return (
    lighthouseFailures(result, rest).length === 0 &&
    performance !== undefined &&
    lighthouseFailures(result, { performance }).length > 0
  );
}

/** One line per category under its target, each followed by the audits in it that did not pass; empty when all meet theirs. */
export function lighthouseFailures(result: LighthouseResult, targets: ScoreTargets = LIGHTHOUSE_TARGETS): string[] {
  if (result.runtimeError) return [`  not audited: ${result.runtimeError.code}: ${result.runtimeError.message}`];
  return Object.entries(targets).flatMap(([id, minimum]) => {
    const category = result.categories[id];
    if (!category) return [`${id}: not in the result`];
    if (category.score !== null && category.score >= minimum) return [];
    const audits = category.auditRefs
      .map((ref) => ({ id: ref.id, weight: ref.weight, audit: result.audits[ref.id] }))
      .filter(
        ({ audit }) => audit && !UNSCORED.has(audit.scoreDisplayMode ?? '') && audit.score !== null && audit.score < 1,
      )
      .map(({ id: auditId, weight, audit }) => {
        const value = audit!.displayValue ? ` (${audit!.displayValue})` : '';
        return `    ${auditId}: ${audit!.title}${value}, score ${percent(audit!.score)}, weight ${weight}`;
      });
    return [`  ${category.title}: ${percent(category.score)}, below ${percent(minimum)}`, ...audits];
  });
}
