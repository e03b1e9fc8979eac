/**
 * `npm run bench`: what sidkit costs against a plain Astro 7 + MDX site on the same content
 * (issue 8). For each size (N pages × L locales) it generates synthetic campaigns from a
 * fixed seed, then builds them with sidkit and with the baseline in turn (sidkit,
 * baseline, sidkit, baseline, …, so machine drift hits both), and reports per phase the
 * median and spread over runs, a least-squares fit of fixed cost and cost per page,
 * sidkit/baseline ratios, peak memory, the compressed weight of each page template, and
 * the search index's size and first-query download. Results go to the console and to
 * tests/.output/bench/results.json.
 *
 *   npm run bench                    N ∈ {100, 500, 2000} × L ∈ {1, 6}, 3 runs each (2000×6: one)
 *   npm run bench -- --quick         N = 100 × L ∈ {1, 6}, 2 runs: under 3 minutes on 2 cores
 *   npm run bench -- --configs 100x1,500x6,2000x6:1 --runs 5   (N×L, :runs for that size only)
 *   npm run bench -- --configs 100x6,100x6+250/125,100x6+1000/500   (+S/E: the first campaign
 *                     also has S supporters and E events; reported as what they add to N×L,
 *                     and as a fit of fixed cost and cost per entry over the sizes with them)
 *   npm run bench -- --profile 500x6 one sidkit build under node --cpu-prof, summarised
 *   npm run bench -- --warm 500x6    cold, warm and warm-after-a-one-line-edit builds (./warm.ts)
 *   npm run bench -- --dev demo,500x6 the dev server's first page and edit-to-page times (./dev-server.ts)
 *
 * Other options: --seed <n>, --keep (keep the last build of each size), --no-baseline, --no-starlight,
 * --out <file> (results file name under tests/.output/bench/, default results.json),
 * --pages-per-campaign <n> (default 100; every page's navigation lists its campaign's pages).
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeBaseline } from './baseline.ts';
import { devServerTimes, type DevServerTimes } from './dev-server.ts';
import { writeStarlight } from './starlight.ts';
import { formatWarmRebuilds, warmRebuilds, type WarmBuild } from './warm.ts';
import {
  parseBuildLog,
  parseCpuTrace,
  runProcess,
  TIME_BIN,
  type BuildPhases,
  type CpuPhases,
  type ProcessResult,
} from './build.ts';
import { generateSite, type GeneratedSite } from './generate.ts';
import {
  baselineTemplateOf,
  directoryBytes,
  listFiles,
  searchIndexSize,
  templateWeights,
  type SearchIndexSize,
  type TemplateWeight,
} from './measure.ts';
import { summariseProfile } from './profile.ts';
import { formatReport } from './report.ts';
import { linearFit, summarise, type LinearFit, type Summary } from './stats.ts';
import { BENCH_LOCALES, type BenchLocale } from './words.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'tests/.output/bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CPU_PROBE = join(import.meta.dirname, 'cpu-probe.ts');
/** What `npm run build` runs: one `astro build`, or one per slice of locales on large sites. */
const BUILD_CLI = join(ROOT, 'src/cli/build.ts');
/** Pages per campaign (--pages-per-campaign): the navigation on every page lists them all. */
const PAGES_PER_CAMPAIGN = 100;
const TOOLKITS_PER_CAMPAIGN = 2;

/** One size of site: N pages per locale in L locales, optionally S supporters and E events, and its own number of runs. */
export interface BenchConfig {
  pages: number;
  locales: number;
  supporters?: number;
  events?: number;
  runs?: number;
}

interface Options {
  configs: BenchConfig[];
  runs: number;
  seed: number;
  keep: boolean;
  baseline: boolean;
  starlight: boolean;
  quick: boolean;
  profile?: BenchConfig;
  /** The size whose cold, warm and warm-after-an-edit builds are timed (--warm). */
  warm?: BenchConfig;
  /** The sites whose dev server is timed (--dev demo,500x6). */
  dev: ('demo' | BenchConfig)[];
  /** Where the results go: tests/.output/bench/<out>. */
  out: string;
  pagesPerCampaign: number;
}

function parseConfigs(text: string): BenchConfig[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)(?:\+(\d+)\/(\d+))?(?::(\d+))?$/.exec(part.trim());
    if (!match)
      throw new Error(
        `--configs takes a list like 100x1,500x6,100x6+1000/500,2000x6:1 (N×L, optionally +supporters/events and :runs); "${part}" is not one`,
      );
    const locales = Number(match[2]);
    if (locales < 1 || locales > BENCH_LOCALES.length) throw new Error(`L must be 1 to ${BENCH_LOCALES.length}`);
    return {
      pages: Number(match[1]),
      locales,
      ...(match[3] ? { supporters: Number(match[3]), events: Number(match[4]) } : {}),
      ...(match[5] ? { runs: Number(match[5]) } : {}),
    };
  });
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const profile = value('--profile');
  const warm = value('--warm');
  const dev = value('--dev');
  // N=2000 × 6 locales builds about 12,700 pages: one sidkit and one baseline build take 5 minutes or more here, so it runs once.
  // The two 100×6 sizes with supporters and events measure what each entry adds, and whether that stays per entry (issue 17).
  // --warm and --dev alone time only what they name.
  const configs =
    value('--configs') ??
    ((warm || dev) && !quick ? '' : undefined) ??
    (quick
      ? '100x1,100x6'
      : '100x1,100x6,100x6+250/125:1,100x6+500/250:1,100x6+1000/500:1,500x1,500x6,2000x1,2000x6:1');
  return {
    configs: configs ? parseConfigs(configs) : [],
    runs: Number(value('--runs') ?? (quick ? 2 : 3)),
    seed: Number(value('--seed') ?? 2027),
    keep: argv.includes('--keep'),
    baseline: !argv.includes('--no-baseline'),
    starlight: !argv.includes('--no-starlight'),
    quick,
    out: value('--out') ?? 'results.json',
    pagesPerCampaign: Number(value('--pages-per-campaign') ?? PAGES_PER_CAMPAIGN),
    ...(profile ? { profile: parseConfigs(profile)[0] } : {}),
    ...(warm ? { warm: parseConfigs(warm)[0] } : {}),
    dev: (dev ?? '')
      .split(',')
      .filter(Boolean)
      .map((part) => (part === 'demo' ? ('demo' as const) : parseConfigs(part)[0]!)),
  };
}

function localesFor(count: number): BenchLocale[] {
  // L=6 publishes all six UN languages, Arabic and Chinese among them.
  return BENCH_LOCALES.slice(0, count);
}

function machine() {
  const cpuInfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuInfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const astro = (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string })
    .version;
  return {
    cpu: model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro,
    kernel: release(),
    peakMemory: TIME_BIN ? '/usr/bin/time %M' : 'not measured (no /usr/bin/time)',
  };
}

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** One sidkit build: its process, its phases, and the search index timing from its log. */
interface SidkitRun {
  process: Omit<ProcessResult, 'output'>;
  /** The machine's 1-minute load average when the build started: other work on a shared machine shows here. */
  loadBefore: number;
  phases: BuildPhases;
  /** CPU time of the build process per phase (tests/bench/cpu-probe.ts). */
  cpu: CpuPhases;
  /** Wall time minus the PDF and search-index steps: what the baseline is compared with. */
  pagesMs: number;
  /** The same in CPU time of the build process. */
  pagesCpuMs?: number;
  index?: { ms: number };
}

/** One build of a reference (the plain baseline or Starlight). */
interface ReferenceRun {
  process: Omit<ProcessResult, 'output'>;
  loadBefore: number;
  phases: BuildPhases;
  cpu: CpuPhases;
}

/** Reads and removes a cpu-probe trace. */
function readCpuTrace(file: string): CpuPhases {
  if (!existsSync(file)) return {};
  const phases = parseCpuTrace(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return phases;
}

interface ConfigResult {
  pages: number;
  locales: BenchLocale[];
  /** Supporters and events of the first campaign (0 for the plain sizes). */
  supporters: number;
  events: number;
  site: GeneratedSite;
  runs: { sidkit?: SidkitRun; baseline?: ReferenceRun; starlight?: ReferenceRun }[];
  summary: Record<string, Summary | undefined>;
  ratios: Record<string, number | undefined>;
  output?: {
    htmlPages: number;
    distBytes: number;
    pdfs: number;
    pdfBytes: number;
    baselineHtmlPages?: number;
    baselineDistBytes?: number;
    starlightHtmlPages?: number;
    starlightDistBytes?: number;
  };
  weights?: { sidkit: TemplateWeight[]; baseline?: TemplateWeight[] };
  search?: SearchIndexSize;
  /** Starlight's Pagefind index, for comparison with sidkit's. */
  starlightSearch?: SearchIndexSize;
  errors: string[];
  /** Things that went wrong and were recovered from, such as a retried build. */
  notes: string[];
}

function withoutOutput(result: ProcessResult): Omit<ProcessResult, 'output'> {
  const { output: _output, ...rest } = result;
  return rest;
}

async function sidkitBuild(
  site: GeneratedSite,
  run: number,
  last: boolean,
  keep: boolean,
  result: ConfigResult,
  extraNodeArgs: string[] = [],
): Promise<SidkitRun | undefined> {
  const dir = dirname(site.campaignsDir);
  const name = basename(dir);
  const dist = join(dir, 'sidkit-dist');
  const cache = join(dir, 'sidkit-cache');
  const trace = join(dir, 'sidkit-cpu.jsonl');
  const attempt = async (suffix: string) => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(trace, { force: true });
    // `npm run build`'s command; the probe (and a profiler) go through NODE_OPTIONS so that every slice's process carries them.
    return runProcess(process.execPath, [BUILD_CLI], {
      cwd: ROOT,
      env: buildEnv({
        SIDKIT_CAMPAIGNS: site.campaignsDir,
        SIDKIT_OUT_DIR: dist,
        SIDKIT_CACHE_DIR: cache,
        // A cold build: its own empty cache of PDFs and pictures.
        SIDKIT_CACHE: join(cache, 'sidkit'),
        BENCH_CPU_TRACE: trace,
        NODE_OPTIONS: [...extraNodeArgs, '--import', CPU_PROBE].join(' '),
      }),
      logFile: join(OUT, 'logs', `${name}-sidkit-${run + 1}${suffix}.log`),
    });
  };
  const loadBefore = loadavg()[0] ?? 0;
  let processResult = await attempt('');
  if (processResult.status !== 0) {
    // Several engineers edit this tree at once: a build can catch a file half-written. Try once more.
    result.notes.push(
      `sidkit build ${run + 1} of ${name} failed with status ${processResult.status} and was retried; see tests/.output/bench/logs/${name}-sidkit-${run + 1}.log`,
    );
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    processResult = await attempt('-retry');
  }
  if (processResult.status !== 0) {
    result.errors.push(
      `sidkit build ${run + 1} of ${name} failed with status ${processResult.status}; see tests/.output/bench/logs/${name}-sidkit-${run + 1}.log`,
    );
    return undefined;
  }
  const phases = parseBuildLog(processResult.output);
  const cpu = readCpuTrace(trace);
  const index: SidkitRun['index'] = phases.index ? { ms: phases.index.totalMs } : undefined;
  if (!index)
    result.errors.push(
      `sidkit build ${run + 1} of ${name} logged no search-index step; see tests/.output/bench/logs/${name}-sidkit-${run + 1}.log`,
    );
  // The picture step runs beside the PDF step: the longer of the two is the time they add.
  const finishingMs = Math.max(phases.pdf?.totalMs ?? 0, phases.pictures?.totalMs ?? 0);
  const pagesMs = processResult.wallMs - finishingMs - (index?.ms ?? 0);
  const pagesCpuMs = cpu.totalMs === undefined ? undefined : cpu.totalMs - (cpu.pdfMs ?? 0) - (cpu.indexMs ?? 0);
  if (last) {
    const files = listFiles(dist);
    const pdfFiles = files.filter((file) => file.endsWith('.pdf'));
    result.output = {
      ...result.output,
      htmlPages: files.filter((file) => file.endsWith('.html')).length,
      distBytes: directoryBytes(dist),
      pdfs: pdfFiles.length,
      pdfBytes: pdfFiles.reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0),
    };
    result.weights = { ...result.weights, sidkit: templateWeights(dist) };
    result.search = searchIndexSize(join(dist, 'pagefind'), { worker: false });
  }
  if (!(last && keep)) rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return {
    process: withoutOutput(processResult),
    loadBefore,
    phases,
    cpu,
    pagesMs,
    ...(pagesCpuMs === undefined ? {} : { pagesCpuMs }),
    ...(index ? { index } : {}),
  };
}

/** The two references sidkit is built against: a plain Astro + MDX site (pages only) and Starlight (pages and search). */
type Reference = 'baseline' | 'starlight';

/** The project each reference builds a site with; the baseline's is shared by every size, Starlight's holds the content. */
function referenceProject(reference: Reference, site: GeneratedSite): { project: string; env: Record<string, string> } {
  const dir = dirname(site.campaignsDir);
  const dist = join(dir, `${reference}-dist`);
  const cache = join(dir, `${reference}-cache`);
  if (reference === 'baseline')
    return {
      project: join(OUT, 'baseline'),
      env: { BASELINE_CONTENT: site.campaignsDir, BASELINE_OUT_DIR: dist, BASELINE_CACHE_DIR: cache },
    };
  return { project: join(dir, 'starlight'), env: { STARLIGHT_OUT_DIR: dist, STARLIGHT_CACHE_DIR: cache } };
}

async function referenceBuild(
  reference: Reference,
  site: GeneratedSite,
  run: number,
  last: boolean,
  keep: boolean,
  result: ConfigResult,
): Promise<ReferenceRun | undefined> {
  const { project, env } = referenceProject(reference, site);
  const dir = dirname(site.campaignsDir);
  const name = basename(dir);
  const dist = join(dir, `${reference}-dist`);
  const cache = join(dir, `${reference}-cache`);
  const trace = join(dir, `${reference}-cpu.jsonl`);
  const log = `${name}-${reference}-${run + 1}.log`;
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(trace, { force: true });
  const loadBefore = loadavg()[0] ?? 0;
  const processResult = await runProcess(process.execPath, ['--import', CPU_PROBE, ASTRO, 'build'], {
    cwd: project,
    env: buildEnv({ ...env, BENCH_CPU_TRACE: trace }),
    logFile: join(OUT, 'logs', log),
  });
  // Astro writes the project's generated types here; the project's tsconfig must not see a second `astro:content`.
  rmSync(join(project, '.astro'), { recursive: true, force: true });
  if (processResult.status !== 0) {
    result.errors.push(
      `${reference} build ${run + 1} of ${name} failed with status ${processResult.status}; see tests/.output/bench/logs/${log}`,
    );
    return undefined;
  }
  if (last) {
    const files = listFiles(dist);
    result.output = {
      ...(result.output ?? { htmlPages: 0, distBytes: 0, pdfs: 0, pdfBytes: 0 }),
      [`${reference}HtmlPages`]: files.filter((file) => file.endsWith('.html')).length,
      [`${reference}DistBytes`]: directoryBytes(dist),
    };
    if (reference === 'baseline')
      result.weights = {
        sidkit: result.weights?.sidkit ?? [],
        baseline: templateWeights(dist, 60, baselineTemplateOf),
      };
    else result.starlightSearch = searchIndexSize(join(dist, 'pagefind'), { worker: true });
  }
  if (!(last && keep)) rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return {
    process: withoutOutput(processResult),
    loadBefore,
    phases: parseBuildLog(processResult.output),
    cpu: readCpuTrace(trace),
  };
}

/** User plus system CPU time of a process and the children it waited for, in milliseconds. */
function cpuMs(process: Omit<ProcessResult, 'output'>): number | undefined {
  return process.userS === undefined || process.sysS === undefined ? undefined : (process.userS + process.sysS) * 1000;
}

function summariseConfig(result: ConfigResult): void {
  const sidkit = result.runs.flatMap((run) => (run.sidkit ? [run.sidkit] : []));
  const baseline = result.runs.flatMap((run) => (run.baseline ? [run.baseline] : []));
  const starlight = result.runs.flatMap((run) => (run.starlight ? [run.starlight] : []));
  const pick = <T>(runs: T[], get: (run: T) => number | undefined) =>
    summarise(runs.map(get).filter((value): value is number => value !== undefined));
  result.summary = {
    'sidkit.wall': pick(sidkit, (run) => run.process.wallMs),
    'sidkit.pages': pick(sidkit, (run) => run.pagesMs),
    'sidkit.cpu': pick(sidkit, (run) => cpuMs(run.process)),
    'sidkit.cpu.pages': pick(sidkit, (run) => run.pagesCpuMs),
    'sidkit.cpu.total': pick(sidkit, (run) => run.cpu.totalMs),
    'sidkit.cpu.setup': pick(sidkit, (run) => run.cpu.setupMs),
    'sidkit.cpu.sync': pick(sidkit, (run) => run.cpu.syncMs),
    'sidkit.cpu.bundle': pick(sidkit, (run) => run.cpu.bundleMs),
    'sidkit.cpu.render': pick(sidkit, (run) => run.cpu.renderMs),
    'sidkit.cpu.after': pick(sidkit, (run) => run.cpu.afterMs),
    'sidkit.cpu.pdf': pick(sidkit, (run) => run.cpu.pdfMs),
    'sidkit.cpu.perPdf': pick(sidkit, (run) =>
      run.cpu.pdfMs !== undefined && run.phases.pdf?.count ? run.cpu.pdfMs / run.phases.pdf.count : undefined,
    ),
    'sidkit.cpu.index': pick(sidkit, (run) => run.cpu.indexMs),
    // What Starlight is compared with: everything but the PDF step (and the pictures beside it).
    'sidkit.cpu.pagesSearch': pick(sidkit, (run) =>
      run.cpu.totalMs === undefined ? undefined : run.cpu.totalMs - (run.cpu.pdfMs ?? 0),
    ),
    'sidkit.collect': pick(sidkit, (run) => run.phases.collectMs),
    'sidkit.bundle': pick(sidkit, (run) => run.phases.bundleMs),
    'sidkit.render': pick(sidkit, (run) => run.phases.renderMs),
    'sidkit.pdf': pick(sidkit, (run) => run.phases.pdf?.totalMs),
    'sidkit.pdfFonts': pick(sidkit, (run) => run.phases.pdf?.fontsMs),
    'sidkit.perPdf': pick(sidkit, (run) =>
      run.phases.pdf && run.phases.pdf.count ? run.phases.pdf.totalMs / run.phases.pdf.count : undefined,
    ),
    // A toolkit is its two pack PDFs; the assemblies' slide PDFs are timed apart (sidkit.slides).
    'sidkit.perToolkit': pick(sidkit, (run) => {
      const count = (run.phases.pdf?.count ?? 0) - (run.phases.slides?.count ?? 0);
      return run.phases.pdf && count > 0
        ? (2 * (run.phases.pdf.totalMs - (run.phases.slides?.totalMs ?? 0))) / count
        : undefined;
    }),
    'sidkit.slides': pick(sidkit, (run) => run.phases.slides?.totalMs),
    'sidkit.perSlidesPdf': pick(sidkit, (run) =>
      run.phases.slides?.count ? run.phases.slides.totalMs / run.phases.slides.count : undefined,
    ),
    'sidkit.pdfCompile': pick(sidkit, (run) =>
      run.phases.pdf?.compileMs.length
        ? run.phases.pdf.compileMs.reduce((a, b) => a + b, 0) / run.phases.pdf.compileMs.length
        : undefined,
    ),
    'sidkit.pictures': pick(sidkit, (run) => run.phases.pictures?.totalMs),
    'sidkit.shareCards': pick(sidkit, (run) => run.phases.pictures?.shareCards),
    'sidkit.perShareCard': pick(sidkit, (run) => run.phases.pictures?.perShareCardMs),
    'sidkit.perKitPicture': pick(sidkit, (run) => run.phases.pictures?.perKitPictureMs),
    'sidkit.index': pick(sidkit, (run) => run.index?.ms),
    'sidkit.rssMiB': pick(sidkit, (run) =>
      run.process.maxRssKb === undefined ? undefined : run.process.maxRssKb / 1024,
    ),
    'sidkit.rssMiB.afterBundle': pick(sidkit, (run) => run.cpu.peakRssMiB?.bundle),
    'sidkit.rssMiB.afterRender': pick(sidkit, (run) => run.cpu.peakRssMiB?.render),
    'sidkit.rssMiB.afterPdf': pick(sidkit, (run) => run.cpu.peakRssMiB?.pdf),
    'sidkit.rssMiB.process': pick(sidkit, (run) => run.cpu.peakRssMiB?.total),
    ...referenceMetrics('baseline', baseline, pick),
    ...referenceMetrics('starlight', starlight, pick),
  };
  const ratio = (a: string, b: string) => {
    const x = result.summary[a]?.median;
    const y = result.summary[b]?.median;
    return x !== undefined && y ? x / y : undefined;
  };
  result.ratios = {
    pages: ratio('sidkit.pages', 'baseline.wall'),
    wall: ratio('sidkit.wall', 'baseline.wall'),
    cpu: ratio('sidkit.cpu', 'baseline.cpu'),
    cpuPages: ratio('sidkit.cpu.pages', 'baseline.cpu.total'),
    cpuSetup: ratio('sidkit.cpu.setup', 'baseline.cpu.setup'),
    cpuBundle: ratio('sidkit.cpu.bundle', 'baseline.cpu.bundle'),
    cpuRender: ratio('sidkit.cpu.render', 'baseline.cpu.render'),
    render: ratio('sidkit.render', 'baseline.render'),
    bundle: ratio('sidkit.bundle', 'baseline.bundle'),
    memory: ratio('sidkit.rssMiB', 'baseline.rssMiB'),
    cpuStarlight: ratio('sidkit.cpu.pagesSearch', 'starlight.cpu.total'),
    cpuSetupStarlight: ratio('sidkit.cpu.setup', 'starlight.cpu.setup'),
    cpuSyncStarlight: ratio('sidkit.cpu.sync', 'starlight.cpu.sync'),
    cpuBundleStarlight: ratio('sidkit.cpu.bundle', 'starlight.cpu.bundle'),
    cpuRenderStarlight: ratio('sidkit.cpu.render', 'starlight.cpu.render'),
    cpuSearchStarlight: ratio('sidkit.cpu.index', 'starlight.cpu.search'),
  };
}

/** The same measures of each reference's builds, under `<reference>.*`. */
function referenceMetrics(
  reference: Reference,
  runs: ReferenceRun[],
  pick: (runs: ReferenceRun[], get: (run: ReferenceRun) => number | undefined) => Summary | undefined,
): Record<string, Summary | undefined> {
  return {
    [`${reference}.wall`]: pick(runs, (run) => run.process.wallMs),
    [`${reference}.cpu`]: pick(runs, (run) => cpuMs(run.process)),
    [`${reference}.cpu.total`]: pick(runs, (run) => run.cpu.totalMs),
    [`${reference}.cpu.setup`]: pick(runs, (run) => run.cpu.setupMs),
    [`${reference}.cpu.sync`]: pick(runs, (run) => run.cpu.syncMs),
    [`${reference}.cpu.bundle`]: pick(runs, (run) => run.cpu.bundleMs),
    [`${reference}.cpu.render`]: pick(runs, (run) => run.cpu.renderMs),
    [`${reference}.cpu.after`]: pick(runs, (run) => run.cpu.afterMs),
    // Starlight indexes after rendering: its Pagefind step (JavaScript side) is most of "after", its binary is indexMs.
    [`${reference}.cpu.search`]: pick(runs, (run) =>
      run.cpu.afterMs === undefined ? undefined : run.cpu.afterMs + (run.cpu.indexMs ?? 0),
    ),
    [`${reference}.collect`]: pick(runs, (run) => run.phases.collectMs),
    [`${reference}.bundle`]: pick(runs, (run) => run.phases.bundleMs),
    [`${reference}.render`]: pick(runs, (run) => run.phases.renderMs),
    [`${reference}.rssMiB`]: pick(runs, (run) =>
      run.process.maxRssKb === undefined ? undefined : run.process.maxRssKb / 1024,
    ),
    [`${reference}.rssMiB.afterBundle`]: pick(runs, (run) => run.cpu.peakRssMiB?.bundle),
    [`${reference}.rssMiB.afterRender`]: pick(runs, (run) => run.cpu.peakRssMiB?.render),
  };
}

/** Whether a size has supporters or events, which the per-page fits and the targets leave out. */
const hasPeople = (result: { supporters?: number; events?: number }) =>
  (result.supporters ?? 0) + (result.events ?? 0) > 0;

/**
 * What supporters and events add: each size with them against the same N×L without, per
 * entry (supporters plus events), and a fit over the entries of every such size. A cost
 * per entry that stays flat from the smaller list to the larger is linear.
 */
function people(results: readonly ConfigResult[]) {
  const metrics = ['sidkit.wall', 'sidkit.pages', 'sidkit.cpu', 'sidkit.cpu.render', 'sidkit.pictures', 'sidkit.index'];
  return results.filter(hasPeople).flatMap((result) => {
    const plain = results.find(
      (other) => !hasPeople(other) && other.pages === result.pages && other.locales.length === result.locales.length,
    );
    if (!plain) return [];
    const entries = result.supporters + result.events;
    const added = Object.fromEntries(
      metrics.map((metric) => {
        const [a, b] = [result.summary[metric]?.median, plain.summary[metric]?.median];
        return [metric, a === undefined || b === undefined ? undefined : { ms: a - b, perEntryMs: (a - b) / entries }];
      }),
    );
    // The fit is over the sizes with people only: the first supporters bring the wall's filter pages (one per kind,
    // country and both, a fixed set once every pair has a supporter), after which each entry adds its own cards and lines.
    const series = results.filter(
      (other) => hasPeople(other) && other.pages === result.pages && other.locales.length === result.locales.length,
    );
    return [
      {
        pages: result.pages,
        locales: result.locales.length,
        supporters: result.supporters,
        events: result.events,
        added,
        htmlPages: (result.output?.htmlPages ?? 0) - (plain.output?.htmlPages ?? 0),
        distBytes: (result.output?.distBytes ?? 0) - (plain.output?.distBytes ?? 0),
        shareCards:
          (result.summary['sidkit.shareCards']?.median ?? 0) - (plain.summary['sidkit.shareCards']?.median ?? 0),
        cpuFit: linearFit(
          series.flatMap((other) =>
            other.summary['sidkit.cpu']
              ? [[other.supporters + other.events, other.summary['sidkit.cpu'].median] as const]
              : [],
          ),
        ),
      },
    ];
  });
}

/** Fixed cost and cost per page: per locale count over N, and over all sizes against HTML pages built. */
function fits(all: readonly ConfigResult[]) {
  const results = all.filter((result) => !hasPeople(result));
  const metrics = [
    'sidkit.wall',
    'sidkit.pages',
    'sidkit.cpu',
    'sidkit.cpu.pages',
    'sidkit.cpu.setup',
    'sidkit.cpu.bundle',
    'sidkit.cpu.render',
    'sidkit.pdf',
    'sidkit.cpu.pdf',
    'sidkit.pictures',
    'sidkit.index',
    'sidkit.rssMiB',
    'baseline.wall',
    'baseline.cpu',
    'baseline.cpu.total',
    'baseline.cpu.setup',
    'baseline.cpu.bundle',
    'baseline.cpu.render',
    'baseline.rssMiB',
    'starlight.cpu.total',
    'starlight.wall',
  ];
  const out: Record<string, Record<string, LinearFit | undefined>> = {};
  for (const locales of [...new Set(results.map((result) => result.locales.length))]) {
    const group = results.filter((result) => result.locales.length === locales);
    out[`L=${locales}, per N`] = Object.fromEntries(
      metrics.map((metric) => [
        metric,
        linearFit(
          group.flatMap((result) =>
            result.summary[metric] ? [[result.pages, result.summary[metric].median] as const] : [],
          ),
        ),
      ]),
    );
  }
  out['all sizes, per HTML page built'] = Object.fromEntries(
    metrics
      .filter((metric) => metric.startsWith('sidkit'))
      .map((metric) => [
        metric,
        linearFit(
          results.flatMap((result) =>
            result.summary[metric] && result.output
              ? [[result.output.htmlPages, result.summary[metric].median] as const]
              : [],
          ),
        ),
      ]),
  );
  // The PDF step against the number of PDFs: its fixed cost (fonts, the pass over every HTML file) and the marginal cost of one PDF.
  const perPdf = (metric: string) =>
    linearFit(
      results.flatMap((result) =>
        result.summary[metric] && result.output?.pdfs
          ? [[result.output.pdfs, result.summary[metric].median] as const]
          : [],
      ),
    );
  out['all sizes, PDF step per PDF'] = {
    'sidkit.pdf': perPdf('sidkit.pdf'),
    'sidkit.cpu.pdf': perPdf('sidkit.cpu.pdf'),
  };
  out['all sizes, per baseline HTML page'] = Object.fromEntries(
    metrics
      .filter((metric) => metric.startsWith('baseline'))
      .map((metric) => [
        metric,
        linearFit(
          results.flatMap((result) =>
            result.summary[metric] && result.output?.baselineHtmlPages
              ? [[result.output.baselineHtmlPages, result.summary[metric].median] as const]
              : [],
          ),
        ),
      ]),
  );
  return out;
}

/** The issue's targets, checked against the largest size measured. */
function targets(all: readonly ConfigResult[]) {
  const results = all.filter((result) => !hasPeople(result));
  const largest = [...results].sort((a, b) => a.pages * a.locales.length - b.pages * b.locales.length).at(-1);
  const worstRatio = Math.max(...results.map((result) => result.ratios.pages ?? 0));
  const worstCpuRatio = Math.max(...results.map((result) => result.ratios.cpuPages ?? 0));
  const starlightRatios = results.flatMap((result) =>
    result.ratios.cpuStarlight === undefined ? [] : [result.ratios.cpuStarlight],
  );
  const worstStarlightRatio = starlightRatios.length ? Math.max(...starlightRatios) : undefined;
  // A toolkit is printed twice, A4 and US Letter: the target is per toolkit.
  const perToolkit = results
    .map((result) => result.summary['sidkit.perToolkit']?.median)
    .filter((value): value is number => value !== undefined);
  const perToolkitCpu = results
    .map((result) => result.summary['sidkit.cpu.perPdf']?.median)
    .filter((value): value is number => value !== undefined)
    .map((ms) => 2 * ms);
  const rss = results
    .map((result) => result.summary['sidkit.rssMiB']?.median)
    .filter((value): value is number => value !== undefined);
  const memoryFit = linearFit(
    results.flatMap((result) =>
      result.summary['sidkit.rssMiB'] && result.output
        ? [[result.output.htmlPages, result.summary['sidkit.rssMiB'].median] as const]
        : [],
    ),
  );
  const at2000x6 = results.find((result) => result.pages === 2000 && result.locales.length === 6);
  return {
    buildRatio: {
      target: '≤ 1.3× baseline (sidkit wall minus PDF and search steps, over baseline wall)',
      worst: worstRatio,
      largest: largest?.ratios.pages,
      met: worstRatio <= 1.3,
    },
    buildCpuRatio: {
      target: '≤ 1.3× baseline in CPU time of the build process (PDF and search steps left out)',
      worst: worstCpuRatio,
      largest: largest?.ratios.cpuPages,
      met: worstCpuRatio <= 1.3,
    },
    starlightCpuRatio: {
      target: '≤ 1.0× Starlight with a scoped sidebar, pages plus search in CPU time of every process (PDFs left out)',
      ...(worstStarlightRatio === undefined ? {} : { worst: worstStarlightRatio, met: worstStarlightRatio <= 1 }),
    },
    pdf: {
      target:
        '≤ 100 ms per toolkit (A4 and US Letter), amortised over the PDF step (loading Typst and the fonts, ZIPs and link sizes included)',
      worst: Math.max(...perToolkit),
      worstCpu: Math.max(...perToolkitCpu),
      met: perToolkit.every((value) => value <= 100),
    },
    memory: {
      target: '< 2 GiB peak at N=2000 × 6 locales, linear in size',
      measuredAt2000x6MiB: at2000x6?.summary['sidkit.rssMiB']?.median,
      largestMiB: Math.max(...rss),
      fit: memoryFit,
      met: at2000x6 ? (at2000x6.summary['sidkit.rssMiB']?.median ?? Infinity) < 2048 : undefined,
    },
  };
}

/** The folder name of one size, e.g. n500-l6 (with -s1000-e500 for people, -p20 when campaigns are not the default size). */
function siteName(config: BenchConfig, pagesPerCampaign: number): string {
  const peopleSuffix = hasPeople(config) ? `-s${config.supporters ?? 0}-e${config.events ?? 0}` : '';
  return `n${config.pages}-l${config.locales}${peopleSuffix}${pagesPerCampaign === PAGES_PER_CAMPAIGN ? '' : `-p${pagesPerCampaign}`}`;
}

/** Generates the site of one size. */
function generateConfig(config: BenchConfig, options: Options): GeneratedSite {
  return generateSite(join(OUT, 'sites', siteName(config, options.pagesPerCampaign)), {
    pages: config.pages,
    locales: localesFor(config.locales),
    seed: options.seed,
    pagesPerCampaign: options.pagesPerCampaign,
    toolkitsPerCampaign: TOOLKITS_PER_CAMPAIGN,
    supporters: config.supporters ?? 0,
    events: config.events ?? 0,
  });
}

/** An empty result for one size. */
function newResult(config: BenchConfig, site: GeneratedSite): ConfigResult {
  return {
    pages: config.pages,
    locales: localesFor(config.locales),
    supporters: config.supporters ?? 0,
    events: config.events ?? 0,
    site,
    runs: [],
    summary: {},
    ratios: {},
    errors: [],
    notes: [],
  };
}

async function profile(config: BenchConfig, options: Options): Promise<void> {
  const name = siteName(config, options.pagesPerCampaign);
  const site = generateConfig(config, options);
  const profileDir = join(OUT, 'profiles', name);
  rmSync(profileDir, { recursive: true, force: true });
  const result = newResult(config, site);
  console.log(`Profiling one sidkit build of ${name} (node --cpu-prof) into ${profileDir} …`);
  // The built site is kept, so that the page chunks the profile names (<outDir>/.prerender/chunks/*.mjs) can be read.
  const run = await sidkitBuild(site, 0, true, true, result, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  if (!run) throw new Error(result.errors.join('\n'));
  console.log(
    `Wall ${Math.round(run.process.wallMs)} ms; PDF ${run.phases.pdf?.totalMs ?? '-'} ms; render ${run.phases.renderMs ?? '-'} ms.`,
  );
  console.log(summariseProfile(profileDir, ROOT));
}

async function main(): Promise<void> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12))
    throw new Error(`Node ${process.version}: run through npm (npm run bench), which uses the project's Node 22`);
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  if (options.profile) return profile(options.profile, options);
  if (options.baseline) writeBaseline(join(OUT, 'baseline'));
  const started = new Date();
  const results: ConfigResult[] = [];
  const info = machine();
  console.log(
    `sidkit benchmark: ${options.configs.map((c) => `${c.pages}×${c.locales}${hasPeople(c) ? `+${c.supporters}/${c.events}` : ''}${c.runs ? ` (${c.runs} run${c.runs > 1 ? 's' : ''})` : ''}`).join(', ')} (N pages × L locales), ${options.runs} run(s) each unless said, seed ${options.seed}`,
  );
  console.log(`${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, Astro ${info.astro}\n`);
  for (const config of options.configs) {
    const name = siteName(config, options.pagesPerCampaign);
    const site = generateConfig(config, options);
    const result = newResult(config, site);
    // The references have no supporters or events: their build of the same N×L is the plain size's.
    const references = (['baseline', 'starlight'] as const).filter(
      (reference) => options[reference] && !hasPeople(config),
    );
    if (references.includes('starlight'))
      writeStarlight(join(dirname(site.campaignsDir), 'starlight'), site.campaignsDir, result.locales);
    console.log(
      `${name}: ${site.campaigns} campaign(s), ${site.pageFiles} page and ${site.toolkitFiles} toolkit MDX files (${Math.round(site.mdxBytes / 1024)} KiB), ${site.pageRoutes + site.toolkitRoutes} content routes${hasPeople(config) ? `, ${result.supporters} supporters and ${result.events} events` : ''}`,
    );
    const runs = config.runs ?? options.runs;
    for (let run = 0; run < runs; run++) {
      const last = run === runs - 1;
      // sidkit, then each reference, run after run: drift on the machine reaches all three alike.
      const sidkit = await sidkitBuild(site, run, last, options.keep, result);
      const built: ConfigResult['runs'][number] = sidkit ? { sidkit } : {};
      for (const reference of references) {
        const referenceRun = await referenceBuild(reference, site, run, last, options.keep, result);
        if (referenceRun) built[reference] = referenceRun;
      }
      result.runs.push(built);
      const { baseline, starlight } = built;
      const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
      console.log(
        `  run ${run + 1}: sidkit ${seconds(sidkit?.process.wallMs)} (pages ${seconds(sidkit?.pagesMs)}, PDF ${seconds(sidkit?.phases.pdf?.totalMs)}, index ${seconds(sidkit?.index?.ms)}; CPU ${seconds(sidkit && cpuMs(sidkit.process))}, pages CPU ${seconds(sidkit?.pagesCpuMs)}), baseline ${seconds(baseline?.process.wallMs)} (CPU ${seconds(baseline?.cpu.totalMs)}), Starlight ${seconds(starlight?.process.wallMs)} (CPU ${seconds(starlight?.cpu.totalMs)}); load ${sidkit?.loadBefore.toFixed(1) ?? '-'}`,
      );
    }
    summariseConfig(result);
    for (const note of result.notes) console.warn(`  ! ${note}`);
    for (const error of result.errors) console.error(`  ✖ ${error}`);
    results.push(result);
    // Written after every size, so that a long run that is stopped keeps what it measured.
    writeResults(options, info, started, results);
  }
  const extras = await warmAndDev(options);
  const report = { ...writeResults(options, info, started, results, extras), ...extras };
  if (results.length) console.log(`\n${formatReport(report)}`);
  if (extras.warm) console.log(`\nWarm rebuilds (${extras.warm.site}):\n${formatWarmRebuilds(extras.warm.builds)}`);
  for (const times of extras.dev)
    console.log(
      `\nDev server (${times.site}): first page in ${(times.firstPageMs / 1000).toFixed(1)} s; saved MDX to refreshed page in ${(times.editToPageMs / 1000).toFixed(2)} s (median of ${times.saves.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
    );
  console.log(`\nResults: ${join(OUT, options.out)}`);
  if (results.some((result) => result.errors.length)) process.exitCode = 1;
}

/** The warm rebuilds and dev-server times the options ask for. */
async function warmAndDev(
  options: Options,
): Promise<{ warm?: { site: string; builds: WarmBuild[] }; dev: DevServerTimes[] }> {
  const command = { node: process.execPath, cli: BUILD_CLI, cwd: ROOT, probe: CPU_PROBE, env: buildEnv };
  const logs = join(OUT, 'logs');
  mkdirSync(logs, { recursive: true });
  let warm: { site: string; builds: WarmBuild[] } | undefined;
  if (options.warm) {
    const name = siteName(options.warm, options.pagesPerCampaign);
    console.log(`Warm rebuilds of ${name}: cold, unchanged, after a one-line edit …`);
    warm = { site: name, builds: await warmRebuilds(generateConfig(options.warm, options), command, logs) };
  }
  const dev: DevServerTimes[] = [];
  for (const target of options.dev) {
    const demo = target === 'demo';
    const site = demo ? undefined : generateConfig(target, options);
    const name = demo ? 'demo' : siteName(target, options.pagesPerCampaign);
    console.log(`Dev server on ${name} …`);
    dev.push(
      await devServerTimes({
        site: name,
        node: process.execPath,
        astro: ASTRO,
        cwd: ROOT,
        env: buildEnv(site ? { SIDKIT_CAMPAIGNS: site.campaignsDir } : {}),
        path: demo ? '/en/sid-2027/about-the-day/' : '/en/bench-001/page-0002/',
        file: demo
          ? join(ROOT, 'campaigns/sid-2027/en/about-the-day.mdx')
          : join(site!.campaignsDir, 'bench-001/en/page-0002.mdx'),
        logFile: join(logs, `dev-${name}.log`),
      }),
    );
  }
  return { ...(warm ? { warm } : {}), dev };
}

function writeResults(
  options: Options,
  info: ReturnType<typeof machine>,
  started: Date,
  results: ConfigResult[],
  extras: object = {},
) {
  const report = {
    ...extras,
    machine: info,
    options: { ...options, toolkitsPerCampaign: TOOLKITS_PER_CAMPAIGN },
    started: started.toISOString(),
    finished: new Date().toISOString(),
    configs: results,
    fits: fits(results),
    people: people(results),
    targets: targets(results),
  };
  // --out is relative to tests/.output/bench/ and may name a folder below it.
  mkdirSync(dirname(join(OUT, options.out)), { recursive: true });
  writeFileSync(join(OUT, options.out), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

await main();
