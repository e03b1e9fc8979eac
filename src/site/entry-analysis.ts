/**
 * What the pages need from an entry's MDX source (its numbered citations, its activities),
 * worked out once per entry in a build (fresh in dev, where content changes): a fallback page renders the same entry in every
 * locale, and parsing MDX again for each costs seconds on large sites (tests/bench).
 */
import { toolkitActivities, type ActivityInfo } from '../lib/content/activities.ts';
import { numberedCitations, type NumberedCitation } from '../lib/content/citations.ts';
import { cachedInBuild } from './build-cache.ts';
import type { PageEntry, ToolkitEntry } from './data.ts';
import { campaignFacts } from './sources.ts';

/** The entry's citations, from `<Cite>` and `<Fact>`, numbered in reading order. */
export const entryCitations: (entry: PageEntry | ToolkitEntry, campaign: string) => NumberedCitation[] = cachedInBuild(
  (entry, campaign) => numberedCitations(entry.body ?? '', campaignFacts(campaign)),
  (entry) => `${entry.collection}/${entry.id}`,
);

/** The toolkit's activities in order, with their anchors. */
export const entryActivities: (entry: ToolkitEntry) => ActivityInfo[] = cachedInBuild(
  (entry) => toolkitActivities(entry.body ?? ''),
  (entry) => entry.id,
);
