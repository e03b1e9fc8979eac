/**
 * Warm rebuilds (`npm run bench -- --warm 500x6`): what an organiser waits for after fixing
 * a typo. One generated site is built three times into the same folders, with the same
 * Astro cache and sidkit build cache: cold (both caches empty), warm with nothing changed,
 * and warm after a one-line edit of one page in the default locale (which its translations
 * show as their original). Each build is timed by the wall clock and in CPU time of every
 * process (tests/bench/cpu-probe.ts), with what its log says it reused.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCpuTrace, runProcess, stripAnsi } from './build.ts';
import type { GeneratedSite } from './generate.ts';
import { table } from './report.ts';

/** One of the three builds. */
export interface WarmBuild {
  build: 'cold' | 'warm, unchanged' | 'warm, one-line edit';
  wallMs: number;
  cpuMs?: number;
  /** Pages Astro copied from the previous build, of the pages it built. */
  pagesRestored: number;
  pages: number;
  /** PDFs and pictures read back from the build cache, of all it needed. */
  filesReused: number;
  files: number;
}

/** The page the edit changes: a content page of the first campaign, in the default locale. */
const EDITED = 'bench-001/en/page-0002.mdx';

/** What a build's log says it reused. */
function reuse(log: string): Pick<WarmBuild, 'pagesRestored' | 'pages' | 'filesReused' | 'files'> {
  const text = stripAnsi(log);
  const pageLines = text.split('\n').filter((line) => /├─ \/.*\.html/.test(line));
  const reused = /Reused (\d+) of (\d+) PDF/.exec(text);
  return {
    pagesRestored: pageLines.filter((line) => /\((restored|cached)\)/.test(line)).length,
    pages: pageLines.length,
    filesReused: Number(reused?.[1] ?? 0),
    files: Number(reused?.[2] ?? 0),
  };
}

/** Builds `site` cold, warm and warm after an edit, with `npm run build`'s command and the given environment. */
export async function warmRebuilds(
  site: GeneratedSite,
  command: {
    node: string;
    cli: string;
    cwd: string;
    probe: string;
    env: (extra: Record<string, string>) => NodeJS.ProcessEnv;
  },
  logDir: string,
): Promise<WarmBuild[]> {
  const dir = dirname(site.campaignsDir);
  const dist = join(dir, 'warm-dist');
  const cache = join(dir, 'warm-cache');
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const builds: WarmBuild[] = [];
  for (const build of ['cold', 'warm, unchanged', 'warm, one-line edit'] as const) {
    if (build === 'warm, one-line edit') {
      const file = join(site.campaignsDir, EDITED);
      // One word of the first paragraph changes, as when a typo is fixed.
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n(\w+)/, '\n\n$1 edited'));
    }
    const trace = join(dir, 'warm-cpu.jsonl');
    rmSync(trace, { force: true });
    const result = await runProcess(command.node, [command.cli], {
      cwd: command.cwd,
      env: command.env({
        SIDKIT_CAMPAIGNS: site.campaignsDir,
        SIDKIT_OUT_DIR: dist,
        SIDKIT_CACHE_DIR: join(cache, 'astro'),
        SIDKIT_CACHE: join(cache, 'sidkit'),
        BENCH_CPU_TRACE: trace,
        NODE_OPTIONS: `--import ${command.probe}`,
      }),
      logFile: join(logDir, `warm-${builds.length + 1}.log`),
    });
    if (result.status !== 0)
      throw new Error(`The ${build} build failed; see ${join(logDir, `warm-${builds.length + 1}.log`)}`);
    const cpu = parseCpuTrace(readFileSync(trace, 'utf8'));
    builds.push({
      build,
      wallMs: result.wallMs,
      ...(cpu.totalMs === undefined ? {} : { cpuMs: cpu.totalMs }),
      ...reuse(result.output),
    });
  }
  rmSync(dist, { recursive: true, force: true });
  return builds;
}

/** The three builds as a table, each against the cold one. */
export function formatWarmRebuilds(builds: readonly WarmBuild[]): string {
  const cold = builds[0];
  const seconds = (ms: number | undefined) => (ms === undefined ? '-' : (ms / 1000).toFixed(1));
  const share = (ms: number | undefined, of: number | undefined) =>
    ms === undefined || !of ? '-' : `${Math.round((100 * ms) / of)} %`;
  const rows = builds.map((build) => [
    build.build,
    seconds(build.wallMs),
    share(build.wallMs, cold?.wallMs),
    seconds(build.cpuMs),
    share(build.cpuMs, cold?.cpuMs),
    `${build.pagesRestored} of ${build.pages}`,
    `${build.filesReused} of ${build.files}`,
  ]);
  return table(['build', 'wall s', 'of cold', 'CPU s', 'of cold', 'pages restored', 'PDFs and pictures reused'], rows);
}
