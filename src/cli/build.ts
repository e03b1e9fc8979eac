/**
 * `npm run build`: builds the site into SIDKIT_OUT_DIR (default `dist/`). A site of up to
 * SIDKIT_SLICE_PAGES pages (default 2,500) is one `astro build`. A larger one is checked
 * once, built in slices of locales, one `astro build` each into the same folder, then
 * finished once by the same steps as a build in one go (src/integrations/finish-site.ts). No process then holds every page
 * module at once, which keeps memory near that of a 2,500-page site (README, Performance).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { BuildLogger } from '../integrations/build-logger.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { pagesPerLocale, planSlices, SLICE_LOCALES_ENV } from '../lib/build/slices.ts';
import { projectModel } from '../site/project-model.ts';

const astroArgs = process.argv.slice(2);
const verbose = astroArgs.includes('--verbose');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Log lines in the same shape as Astro's, so that a sliced build reads like one build. */
function consoleLogger(label: string): BuildLogger {
  const line = (message: string) =>
    `${new Date().toLocaleTimeString('en-GB', { hour12: false })} [${label}] ${message}`;
  return {
    info: (message) => console.log(line(message)),
    warn: (message) => console.warn(line(message)),
    error: (message) => console.error(line(message)),
    debug: (message) => verbose && console.log(line(message)),
  };
}

function astroBuild(env: Record<string, string>): number {
  const result = spawnSync(process.execPath, [astroBin, 'build', ...astroArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const settings = buildSettings();
const model = projectModel();
// Without valid campaign settings there is nothing to plan with: one build, whose content check reports the problem.
const settingsValid = model.campaigns.length === model.folders.length;
const perLocale = settingsValid
  ? pagesPerLocale([...model.pageRoutes, ...model.toolkitRoutes])
  : new Map<string, number>();
const slices = planSlices(perLocale, settings.slicePages);

if (slices.length <= 1) {
  process.exitCode = astroBuild({});
} else {
  // Loaded only for a sliced build: a site built in one go is checked and finished by its own `astro build`.
  const { checkContentTree } = await import('../integrations/check-content-tree.ts');
  const { finishSite } = await import('../integrations/finish-site.ts');
  const started = performance.now();
  const logger = consoleLogger('sidkit:build');
  const pagesIn = (locales: readonly string[]) =>
    locales.reduce((sum, locale) => sum + (perLocale.get(locale) ?? 0), 0);
  const total = pagesIn(slices.flat());
  logger.info(
    `${total} campaign pages and toolkits in ${perLocale.size} locales: building in ${slices.length} slices of at most ${settings.slicePages} pages (SIDKIT_SLICE_PAGES) to keep memory down.`,
  );
  await checkContentTree(logger, 'build');
  const outDir = resolve(settings.outDir);
  // Emptied as Astro empties it, keeping .git, which some organisers publish from (a gh-pages worktree).
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir))
    if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
  for (const [index, locales] of slices.entries()) {
    logger.info(`Slice ${index + 1} of ${slices.length}: ${locales.join(', ')} (${pagesIn(locales)} pages)…`);
    const status = astroBuild({ [SLICE_LOCALES_ENV]: locales.join(',') });
    if (status !== 0) {
      logger.error(`Slice ${index + 1} (${locales.join(', ')}) stopped with exit code ${status}; its report is above.`);
      process.exit(status);
    }
  }
  await finishSite(outDir, settings.base, model, consoleLogger);
  logger.info(
    `Built ${slices.length} slices into ${relative(process.cwd(), outDir) || '.'}/ in ${Math.round((performance.now() - started) / 1000)} s.`,
  );
}
