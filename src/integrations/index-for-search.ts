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
import { filesUnder } from '../lib/out-dir.ts';
import { SEARCH_BUNDLE_PATH } from '../lib/routing/urls.ts';
import { activityRecords } from '../lib/search/activity-records.ts';

// Built pages that hold toolkit activities, read one at a time: holding every page of a large site at once costs hundreds of MiB.
function* activityPages(root: string): Generator<string> {
  for (const file of filesUnder(root, '.html')) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-sidkit="activity"')) yield html;
  }
}

/** Pagefind's ready-made UIs, which sidkit's own search page does not use: not worth deploying. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function removeUnusedUi(outputPath: string): void {
  for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));
}

/**
 * Indexes the built site below `root` for search. The integration runs it after `astro
 * build`; `npm run build` runs it once after the last slice of a sliced build.
 */
export async function indexForSearch(root: string, base: string, logger: BuildLogger): Promise<void> {
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
    for (const html of activityPages(root)) {
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
