/**
 * Whether an activity matches what a teacher asked the activity finder for: age group,
 * time available and purpose. The finder page filters its static list with it.
 */
import type { FacetSelection } from './facets.ts';
import { timeBandsOf } from './time-bands.ts';

/** What the finder knows about one activity. */
export interface FinderActivity {
  audience: string;
  purpose: string;
  minutes: number;
}

/** True when the activity meets every chosen filter; filters left unchosen match everything. */
export function matchesActivity(activity: FinderActivity, selection: FacetSelection): boolean {
  const { audience, purpose, time } = selection;
  if (audience && activity.audience !== audience) return false;
  if (purpose && activity.purpose !== purpose) return false;
  return !time || timeBandsOf(activity.minutes).some((band) => band === time);
}
