/**
 * Which pages carry the "Leave this site quickly" bar. The pages a child may need to leave
 * in a hurry have it without anyone remembering to ask for it: the help page, the page for
 * young people and the page for parents and carers (a child may be reading it, or be
 * watched while reading it). A page's frontmatter `quickExit` overrides that either way.
 */
import { HELP_SLUG, PARENTS_CARERS_SLUG, YOUNG_PEOPLE_SLUG } from './routes.ts';

/** Slugs that get the bar unless their frontmatter says `quickExit: false`. */
export const QUICK_EXIT_SLUGS: readonly string[] = [HELP_SLUG, YOUNG_PEOPLE_SLUG, PARENTS_CARERS_SLUG];

/** Whether the page at `slug` shows the bar: its frontmatter's `quickExit` if set, else whether the slug is one of `QUICK_EXIT_SLUGS`. */
export function showsQuickExit(slug: string, frontmatter: boolean | undefined): boolean {
  return frontmatter ?? QUICK_EXIT_SLUGS.includes(slug);
}
