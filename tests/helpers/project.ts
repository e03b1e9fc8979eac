/**
 * The project model of a test's campaigns folder, read as the build reads it: with the site's
 * source registry and terminology lists, on a fixed day so that help entries age predictably.
 */
import { readProject, type ProjectModel } from '../../src/lib/model/project.ts';
import { SOURCES_DIR } from '../../src/site/sources-dir.ts';
import { TERMINOLOGY_DIR } from '../../src/site/terminology-dir.ts';

/** The day the fixtures' help entries are judged on. */
export const FIXTURE_TODAY = '2026-11-27';

/** The model of the campaigns folder at `campaignsDir`. */
export function readTestProject(campaignsDir: string, today = FIXTURE_TODAY): ProjectModel {
  return readProject(campaignsDir, { sourcesDir: SOURCES_DIR, terminologyDir: TERMINOLOGY_DIR, today });
}
