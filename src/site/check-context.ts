/**
 * What campaigns are checked against, loaded in one place: the source registry, the
 * terminology lists and today's date. The build's content check, `npm run check` and
 * `npm run new` all check content with it, so they always agree.
 */
import type { CampaignCheckContext } from '../lib/content/check-campaigns.ts';
import type { Problem } from '../lib/errors/problem.ts';
import { loadSourceRegistry } from '../lib/sources/registry.ts';
import { loadTerminology } from '../lib/terminology/terminology.ts';
import { SOURCES_DIR } from './sources-dir.ts';
import { TERMINOLOGY_DIR } from './terminology-dir.ts';

/** The check context, and the problems found in the registry and terminology files themselves. */
export async function loadCheckContext(): Promise<{ context: CampaignCheckContext; problems: readonly Problem[] }> {
  const registry = await loadSourceRegistry(SOURCES_DIR);
  const terminology = await loadTerminology(TERMINOLOGY_DIR, registry.sources);
  const today = new Date().toISOString().slice(0, 10);
  return {
    context: { sources: registry.sources, today, terminology: terminology.rules },
    problems: [...registry.problems, ...terminology.problems],
  };
}
