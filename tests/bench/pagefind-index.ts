/**
 * Stand-in for sidkit's search-index step while it is not part of the build: indexes a
 * built site with Pagefind's Node API the way the integration will (createIndex,
 * addDirectory, writeFiles, close, every response's errors checked) and prints one JSON
 * line with the time it took. Run by tests/bench/run.ts in its own process, under
 * /usr/bin/time, so that its peak memory is measured too.
 *
 *   node tests/bench/pagefind-index.ts <site dir>
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const created = await pagefind.createIndex({});
  if (created.errors.length || !created.index) throw new Error(`createIndex: ${created.errors.join('; ')}`);
  const added = await created.index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`addDirectory: ${added.errors.join('; ')}`);
  const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`writeFiles: ${written.errors.join('; ')}`);
  console.log(JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
} finally {
  await pagefind.close();
}
