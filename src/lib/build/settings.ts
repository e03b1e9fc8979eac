/**
 * The build settings that organisers and tests set through the environment (every SIDKIT_*
 * variable and SOURCE_DATE_EPOCH), read in one place because astro.config.mjs, the content
 * collections, the finishing steps and `npm run build` (which plans sliced builds) all need them.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { BUILD_CAMPAIGNS_ENV, campaignList } from './campaign-selection.ts';
import { SLICE_LOCALES_ENV, sliceLocales } from './slices.ts';

/**
 * The most pages one `astro build` renders before `npm run build` splits the site into slices
 * of locales. Since content-only MDX is no longer bundled, a slice of 4,080 pages (two locales
 * of a 2000 × 6 site) peaks at 1.6 GiB here (tests/bench, README), so slices of this size keep
 * a build under 2 GiB, and a large site starts Astro half as often as with one locale a slice.
 */
export const DEFAULT_SLICE_PAGES = 4500;

/** Each process holds its own fonts and memo cache: beyond four, the memory they take outweighs the time they save on a campaign's PDFs. */
const MAX_PDF_PROCESSES = 4;

/** Where the site is published and built, and how large one build may be, from the SIDKIT_* variables or their defaults. */
export function buildSettings(env: NodeJS.ProcessEnv = process.env) {
  const slicePages = Number(env.SIDKIT_SLICE_PAGES ?? DEFAULT_SLICE_PAGES);
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const pdfProcesses = Number(env.SIDKIT_PDF_PROCESSES);
  return {
    /** SIDKIT_CAMPAIGNS: the campaigns folder, as an absolute path; tests point it at fixtures. */
    campaignsDir: resolve(env.SIDKIT_CAMPAIGNS ?? 'campaigns'),
    /** SIDKIT_BUILD_CAMPAIGNS: the campaigns `npm run build -- --campaign` builds, or undefined for every one. */
    campaigns: campaignList(env[BUILD_CAMPAIGNS_ENV]),
    /** SIDKIT_BUILD_LOCALES: the locales this `astro build` renders when it is one slice of a sliced build. */
    sliceLocales: sliceLocales(env[SLICE_LOCALES_ENV]),
    /** SOURCE_DATE_EPOCH: seconds since 1970 to date PDFs and ZIPs with, instead of the campaign's day. */
    sourceDateEpoch: Number.isInteger(epoch) && epoch >= 0 ? epoch : undefined,
    /** The canonical URL the site is published at, for the sitemap and hreflang links. */
    site: env.SIDKIT_SITE ?? 'https://example.org',
    /** A sub-path to publish under, always with a leading slash. */
    base: `/${(env.SIDKIT_BASE ?? '/').replace(/^\/+/, '')}`,
    outDir: env.SIDKIT_OUT_DIR ?? './dist',
    cacheDir: env.SIDKIT_CACHE_DIR ?? './node_modules/.astro',
    /** SIDKIT_CACHE: where PDFs and pictures are kept by content hash for warm rebuilds; `off` for none. */
    buildCache: env.SIDKIT_CACHE === 'off' ? undefined : resolve(env.SIDKIT_CACHE ?? 'node_modules/.cache/sidkit'),
    /** SIDKIT_SLICE_PAGES: pages per `astro build`; anything but a positive whole number means the default. */
    slicePages: Number.isInteger(slicePages) && slicePages > 0 ? slicePages : DEFAULT_SLICE_PAGES,
    /** SIDKIT_PDF_PROCESSES: Typst processes printing PDFs side by side; one per core, at most 4, by default. */
    pdfProcesses:
      Number.isInteger(pdfProcesses) && pdfProcesses > 0
        ? pdfProcesses
        : Math.min(availableParallelism(), MAX_PDF_PROCESSES),
  };
}
