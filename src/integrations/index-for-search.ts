/**
 * The build step that builds the search index with Pagefind's Node API once the pages, and
 * the PDF sizes written into them, are final: one index per language from `<html lang>`,
 * the main content of campaign pages and toolkits (articles marked `data-pagefind-body`),
 * and each toolkit activity as a record of its own. Written to `<outDir>/pagefind/`.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { SearchIndexFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';
import type { ProjectModel } from '../lib/model/project.ts';
import { SEARCH_BUNDLE_PATH } from '../lib/routing/urls.ts';
import { activityRecords } from '../lib/search/activity-records.ts';

// The translated toolkit pages, which hold the activities, read one at a time: holding every page of a large site costs hundreds of MiB.
function* activityPages(root: string, model: ProjectModel): Generator<string> {
  for (const route of model.toolkitRoutes) if (!route.fallback) yield readFileSync(join(root, route.htmlPath), 'utf8');
}

/** Pagefind's ready-made UIs, which sidkit's own search page does not use: not worth deploying. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function removeUnusedUi(outputPath: string): void {
  for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));
}

/**
 * Indexes the built site below `root` for search, with a record per activity of every
 * translated toolkit the model lists; a finishing step (./finish-site.ts).
 */
export async function indexForSearch(
  root: string,
  base: string,
  logger: BuildLogger,
  model: ProjectModel,
): Promise<void> {
  const started = performance.now();
  const problems: Problem[] = [];
  const failed = (step: string, errors: readonly string[]) => {
    for (const message of errors)
      problems.push(problem(SearchIndexFailed, { file: relative(process.cwd(), root) || '.', field: step, message }));
    return errors.length > 0;
  };
  const outputPath = join(root, SEARCH_BUNDLE_PATH);
  let activities = 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (failed('createIndex', errors)) return;
    if (!index) {
      failed('createIndex', ['Pagefind returned no index']);
      return;
    }
    const added = await index.addDirectory({ path: root });
    if (failed('addDirectory', added.errors)) return;
    for (const html of activityPages(root, model)) {
      for (const record of activityRecords(html, base)) {
        const response = await index.addCustomRecord(record);
        if (failed(`addCustomRecord ${record.url}`, response.errors)) return;
        activities++;
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (failed('writeFiles', written.errors)) return;
    removeUnusedUi(outputPath);
  } finally {
    await pagefind.close();
    stopOnProblems(problems, logger);
  }
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
  const records = Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
  logger.info(
    `Indexed ${records - activities} page(s) and ${activities} activity record(s) for search (${counts.join(', ')}) in ${Math.round(performance.now() - started)} ms.`,
  );
}
