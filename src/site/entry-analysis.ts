/**
 * What the pages need from an entry's MDX source (its numbered citations, its activities),
 * worked out once per entry in a build (fresh in dev, where content changes): a fallback page renders the same entry in every
 * locale, and parsing MDX again for each costs seconds on large sites (tests/bench).
 */
import { toolkitActivities, type ActivityInfo } from '../lib/content/activities.ts';
import { numberedCitations, type NumberedCitation } from '../lib/content/citations.ts';
import type { PageEntry, ToolkitEntry } from './data.ts';
import { campaignFacts } from './sources.ts';

const citations = new Map<string, Promise<NumberedCitation[]>>();
const activities = new Map<string, ActivityInfo[]>();

/** The entry's citations, from `<Cite>` and `<Fact>`, numbered in reading order. */
export function entryCitations(entry: PageEntry | ToolkitEntry, campaign: string): Promise<NumberedCitation[]> {
  const key = `${entry.collection}/${entry.id}`;
  const known = import.meta.env.PROD ? citations.get(key) : undefined;
  if (known) return known;
  const found = campaignFacts(campaign).then((facts) => numberedCitations(entry.body ?? '', facts));
  citations.set(key, found);
  return found;
}

/** The toolkit's activities in order, with their anchors. */
export function entryActivities(entry: ToolkitEntry): ActivityInfo[] {
  const known = (import.meta.env.PROD && activities.get(entry.id)) || toolkitActivities(entry.body ?? '');
  activities.set(entry.id, known);
  return known;
}
