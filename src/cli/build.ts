/**
 * `npm run build`: builds the site into SIDKIT_OUT_DIR (default `dist/`). A site of up to
 * SIDKIT_SLICE_PAGES pages (default 4,500) is one `astro build`. A larger one is checked
 * once, built in slices of locales, one `astro build` each into the same folder, then
 * finished once by the same steps as a build in one go (src/integrations/finish-site.ts). No process then holds every page
 * at once, which keeps memory near that of a 4,500-page site (README, Performance).
 *
 * Either way the site is written into a staging folder beside the output folder and swapped in
 * only when every step has passed (src/lib/build/staging.ts): a build that stops leaves the
 * previous site as it was. `--campaign <name>` builds that campaign alone (src/lib/build/campaign-selection.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { BuildLogger } from '../integrations/build-logger.ts';
import { BUILD_CAMPAIGNS_ENV, parseCampaignArgs, unknownCampaigns } from '../lib/build/campaign-selection.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { pagesPerLocale, planSlices, SLICE_LOCALES_ENV } from '../lib/build/slices.ts';
import {
  claimStaging,
  clearLeftoverFolders,
  discardStaging,
  publishStaging,
  stagingFolder,
} from '../lib/build/staging.ts';
import { BuildAlreadyRunning } from '../lib/errors/catalogue.ts';
import { problem } from '../lib/errors/problem.ts';
import { listCampaignFolders } from '../lib/content/campaign-tree.ts';
import { formatReport } from '../lib/errors/report.ts';
import { projectModel } from '../site/project-model.ts';

const args = parseCampaignArgs(process.argv.slice(2));
const astroArgs = args.rest;
const verbose = astroArgs.includes('--verbose');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// Set before the settings and the model are read, so that this process and every `astro build` it starts build the same campaigns.
if (args.campaigns) process.env[BUILD_CAMPAIGNS_ENV] = args.campaigns.join(',');

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

/** Runs one `astro build` into the staging folder, with `env` on top of this process's environment. */
function astroBuild(env: Record<string, string>): number {
  const result = spawnSync(process.execPath, [astroBin, 'build', ...astroArgs], {
    stdio: 'inherit',
    env: { ...process.env, SIDKIT_OUT_DIR: staging, ...env },
  });
  return result.status ?? 1;
}

const settings = buildSettings();
const logger = consoleLogger('sidkit:build');
const outDir = resolve(settings.outDir);
const shownOut = `${relative(process.cwd(), outDir) || '.'}/`;
const staging = stagingFolder(outDir);
const hadSite = existsSync(outDir);

// What crashed builds left goes first; a build that is still running keeps its staging folder, and this one stops.
const cleared = clearLeftoverFolders(outDir);
const otherBuild = claimStaging(outDir);
if (otherBuild !== undefined) {
  const running = problem(BuildAlreadyRunning, {
    file: shownOut,
    field: relative(process.cwd(), staging),
    message: `process ${otherBuild} is building into ${relative(process.cwd(), staging)}/`,
    expected: 'one build at a time per output folder',
  });
  console.error(`\n${formatReport([running], 'in the build command')}\n`);
  process.exit(1);
}

// However the build stops (a failed `astro build`, a check or finishing step that exits), the staging folder goes and the site stays.
process.once('exit', (code) => {
  if (code === 0) return;
  discardStaging(staging);
  logger.error(
    hadSite
      ? `The build stopped, so the previous site in ${shownOut} was left as it was.`
      : `The build stopped, so nothing was written to ${shownOut}.`,
  );
});

const campaignsDir = relative(process.cwd(), settings.campaignsDir) || settings.campaignsDir;
const existing = listCampaignFolders(settings.campaignsDir).map((folder) => folder.id);
const unknown = unknownCampaigns(args.campaigns ?? [], existing, campaignsDir, args.missingValue);
if (unknown.length) {
  console.error(`\n${formatReport(unknown, 'in the build command')}\n`);
  process.exit(1);
}
if (cleared.length)
  logger.info(`Removed what earlier builds that stopped left beside ${shownOut}: ${cleared.join(', ')}.`);
if (args.campaigns) logger.info(`Building only ${args.campaigns.join(', ')} (--campaign), into ${shownOut}.`);

const model = projectModel();
// Without valid campaign settings there is nothing to plan with: one build, whose content check reports the problem.
const settingsValid = model.campaigns.length === model.folders.length;
const perLocale = settingsValid
  ? pagesPerLocale([...model.pageRoutes, ...model.toolkitRoutes])
  : new Map<string, number>();
const slices = planSlices(perLocale, settings.slicePages);

if (slices.length <= 1) {
  const status = astroBuild({});
  if (status !== 0) process.exit(status);
} else {
  // Loaded only for a sliced build: a site built in one go is checked and finished by its own `astro build`.
  const { checkContentTree } = await import('../integrations/check-content-tree.ts');
  const { finishSite } = await import('../integrations/finish-site.ts');
  const started = performance.now();
  const pagesIn = (locales: readonly string[]) =>
    locales.reduce((sum, locale) => sum + (perLocale.get(locale) ?? 0), 0);
  const total = pagesIn(slices.flat());
  logger.info(
    `${total} campaign pages and toolkits in ${perLocale.size} locales: building in ${slices.length} slices of at most ${settings.slicePages} pages (SIDKIT_SLICE_PAGES) to keep memory down.`,
  );
  await checkContentTree(logger, 'build');
  mkdirSync(staging, { recursive: true });
  for (const [index, locales] of slices.entries()) {
    logger.info(`Slice ${index + 1} of ${slices.length}: ${locales.join(', ')} (${pagesIn(locales)} pages)…`);
    const status = astroBuild({ [SLICE_LOCALES_ENV]: locales.join(',') });
    if (status !== 0) {
      logger.error(`Slice ${index + 1} (${locales.join(', ')}) stopped with exit code ${status}; its report is above.`);
      process.exit(status);
    }
  }
  await finishSite(staging, settings.base, model, consoleLogger);
  logger.info(`Built ${slices.length} slices in ${Math.round((performance.now() - started) / 1000)} s.`);
}
publishStaging(staging, outDir);
logger.info(
  `Every step passed: the new site is in ${shownOut}${hadSite ? ', in place of the previous one' : ''} (built in ${relative(dirname(outDir), staging)}/ beside it).`,
);
