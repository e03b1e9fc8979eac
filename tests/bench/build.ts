/**
 * Runs one build (sidkit's `npm run build` or the baseline's `astro build`) as
 * a child process under /usr/bin/time, and reads its phases from the log: Astro's own
 * stage timings, the toolkit-PDF integration's summary line, and the search-index
 * integration's line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** /usr/bin/time, when the machine has it: the peak memory of each build comes from it. */
export const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** What a child process did. */
export interface ProcessResult {
  status: number | null;
  wallMs: number;
  /** Peak resident memory of the process and the children it waited for, in KiB. */
  maxRssKb?: number;
  userS?: number;
  sysS?: number;
  output: string;
}

/** Runs a command to completion, capturing its output, timed by the wall clock and by /usr/bin/time. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<ProcessResult> {
  const timeFile = `${options.logFile}.time`;
  mkdirSync(dirname(options.logFile), { recursive: true });
  rmSync(timeFile, { force: true });
  const [bin, argv] = TIME_BIN
    ? [TIME_BIN, ['-o', timeFile, '-f', '%M %U %S', command, ...args]]
    : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      const output = Buffer.concat(chunks).toString('utf8');
      writeFileSync(options.logFile, output);
      const result: ProcessResult = { status, wallMs, output };
      if (existsSync(timeFile)) {
        // GNU time prints "Command exited with non-zero status N" before the format line on failure.
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [rss, user, sys] = line.split(/\s+/).map(Number);
        if (Number.isFinite(rss)) result.maxRssKb = rss;
        if (Number.isFinite(user)) result.userS = user;
        if (Number.isFinite(sys)) result.sysS = sys;
      }
      resolve(result);
    });
  });
}

/** Removes terminal colour codes. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** "968ms", "1.63s", "2m 3s" as milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\s*$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1] ?? 0);
  const value = Number(match[2]);
  return minutes * 60_000 + (match[3] === 'ms' ? value : value * 1000);
}

/** Phases read from an `astro build` log; every time in milliseconds. */
export interface BuildPhases {
  /** Astro's "Collecting build info" stage: content sync and route discovery. */
  collectMs?: number;
  /** Vite/Rolldown bundling ("built in"), summed over the server and client builds. */
  bundleMs?: number;
  /** Rendering every static route to HTML ("generating static routes"). */
  renderMs?: number;
  /** Astro's own total ("N page(s) built in"), which includes the astro:build:done hooks. */
  astroMs?: number;
  /** HTML pages Astro says it built. */
  pages?: number;
  /** The toolkit-PDF step: total, font loading, PDFs written and the per-PDF compile times it logged. */
  pdf?: { totalMs: number; count: number; perPdfMs: number; fontsMs?: number; compileMs: number[]; zips: number };
  /** The assemblies' slide and speaker-notes PDFs, part of the PDF step's total and count: their own total and compile times. */
  slides?: { totalMs: number; count: number; compileMs: number[] };
  /**
   * The share-card and kit-picture step, run beside the PDF step on the same pool: its wall time,
   * and what one picture costs in a Typst process (compile, SVG, rasterise), per share card and per kit picture.
   */
  pictures?: {
    totalMs: number;
    shareCards: number;
    perShareCardMs: number;
    kitPictures: number;
    perKitPictureMs: number;
  };
  /** The search-index step, when sidkit logs one. */
  index?: { totalMs: number; line: string };
  /** How many `astro build` slices `npm run build` split the site into (1: built in one go). */
  slices?: number;
}

/** Reads the phases from a build log. */
export function parseBuildLog(raw: string): BuildPhases {
  const lines = stripAnsi(raw).split('\n');
  const phases: BuildPhases = {};
  let stage: 'collect' | 'render' | undefined;
  const compile: number[] = [];
  const slideCompile: number[] = [];
  for (const line of lines) {
    if (line.includes('Collecting build info')) stage = 'collect';
    if (line.includes('generating static routes')) stage = 'render';
    const completed = /✓ Completed in (.+?)\.?\s*$/.exec(line);
    if (completed?.[1] && stage) {
      const ms = parseDuration(completed[1]);
      if (stage === 'collect') phases.collectMs = ms;
      else phases.renderMs = ms;
      stage = undefined;
    }
    const built = /\[vite\].*✓ built in (.+)$/.exec(line);
    if (built?.[1]) phases.bundleMs = (phases.bundleMs ?? 0) + (parseDuration(built[1]) ?? 0);
    const total = /(\d+) page\(s\) built in (.+)$/.exec(line);
    if (total?.[1] && total[2]) {
      phases.pages = Number(total[1]);
      phases.astroMs = parseDuration(total[2]);
    }
    const pdf = /PDF \d+: .*\((\d+) pages?, \d+ KiB, (\d+) ms\)/.exec(line);
    if (pdf?.[2]) compile.push(Number(pdf[2]));
    const slide = /Slides \d+: .*\((\d+) pages?, \d+ KiB, (\d+) ms\)/.exec(line);
    if (slide?.[2]) slideCompile.push(Number(slide[2]));
    const slides = /Printed (\d+) assembly slide and speaker-notes PDF\(s\) in (\d+) ms/.exec(line);
    if (slides) phases.slides = { totalMs: Number(slides[2]), count: Number(slides[1]), compileMs: slideCompile };
    const fonts = /Fonts loaded and Typst ready in (\d+) ms/.exec(line);
    if (fonts?.[1])
      phases.pdf = {
        ...(phases.pdf ?? { totalMs: 0, count: 0, perPdfMs: 0, compileMs: [], zips: 0 }),
        fontsMs: Number(fonts[1]),
      };
    const drew =
      /Drew (\d+) share card\(s\) and (\d+) kit picture\(s\) in (\d+) ms \((\d+) ms per share card, (\d+) ms per kit picture\)/.exec(
        line,
      );
    if (drew)
      phases.pictures = {
        totalMs: Number(drew[3]),
        shareCards: Number(drew[1]),
        perShareCardMs: Number(drew[4]),
        kitPictures: Number(drew[2]),
        perKitPictureMs: Number(drew[5]),
      };
    const sliced = /building in (\d+) slices/.exec(line);
    if (sliced?.[1]) phases.slices = Number(sliced[1]);
    const printed = /Printed (\d+) toolkit PDF\(s\) and (\d+) ZIP bundle\(s\) in (\d+) ms \((\d+) ms per PDF\)/.exec(
      line,
    );
    if (printed) {
      phases.pdf = {
        ...phases.pdf,
        totalMs: Number(printed[3]),
        count: Number(printed[1]),
        perPdfMs: Number(printed[4]),
        zips: Number(printed[2]),
        compileMs: compile,
      };
    }
    // The search-index step's summary: "[sidkit:search-index] Indexed … in N ms." (PDF lines, tagged [sidkit:toolkit-pdfs], never match.)
    const index = /\[[^\]]*(?:search|pagefind)[^\]]*\].*?\bin ((?:\d+m\s*)?[\d.]+\s*(?:ms|s))\b/i.exec(line);
    if (index?.[1]) {
      const ms = parseDuration(index[1]);
      // A step may log several timed lines; the longest is its summary.
      if (ms !== undefined && ms >= (phases.index?.totalMs ?? 0)) phases.index = { totalMs: ms, line: line.trim() };
    }
  }
  return phases;
}

/** CPU time of the build's Node processes per phase, in milliseconds, from the cpu-probe trace, summed over processes. */
export interface CpuPhases {
  /** Node start-up, config loading and the integrations' setup (sidkit's content check runs here, or before the first slice). */
  setupMs?: number;
  /** Content sync and route collection. */
  syncMs?: number;
  bundleMs?: number;
  renderMs?: number;
  /** Everything after rendering: the astro:build:done hooks (404 pages, PDFs, search index) and Astro's own finishing. */
  afterMs?: number;
  /** The PDF step in the build's process (toolkit PDFs, the kit's documents, pictures), plus all of its Typst processes (src/lib/pdf/compile-worker.ts), which print the PDFs and draw the share cards and kit pictures beside them. */
  pdfMs?: number;
  /** From the end of the PDF step to the search index's line (bundling the kit, writing download sizes, Pagefind's JavaScript side), plus all of Pagefind's binary, which runs in a child process. */
  indexMs?: number;
  /** Every process of the build from start to exit: its Node processes and the programs they started (Pagefind's binary). */
  totalMs?: number;
  /** Of the total, the programs that are not Node (Pagefind's binary), which the cpu-probe reads from /proc. */
  childProgramsMs?: number;
  /** How many processes the build ran: 1 Node process for a plain `astro build` plus Pagefind's binary where it indexes; `npm run build` adds itself and one per slice. */
  processes?: number;
  /** Peak memory (MiB) of the largest process by the end of each phase: which phase sets the peak. */
  peakRssMiB?: Partial<Record<'setup' | 'sync' | 'bundle' | 'render' | 'pdf' | 'index' | 'total', number>>;
}

/** The script of the PDF step's Typst processes, whose whole CPU time is PDF time. */
const PDF_WORKER_SCRIPT = 'compile-worker.ts';
/** Pagefind's binaries (`pagefind`, `pagefind_extended`), whose whole CPU time is search-index time. */
const PAGEFIND_BINARY = /^pagefind/;

interface TracePoint {
  cpu: number;
  rss?: number;
  text: string;
}

// The phases of one process's trace: an `astro build` has the Astro ones, `npm run build` around a sliced build only setup, PDF and index.
function processPhases(points: readonly TracePoint[]): CpuPhases {
  const at = (pattern: RegExp, after = 0) => {
    for (let index = after; index < points.length; index++) if (pattern.test(points[index]?.text ?? '')) return index;
    return -1;
  };
  const cpu = (index: number) => (index >= 0 ? points[index]?.cpu : undefined);
  const between = (from: number, to: number) => {
    const a = cpu(from);
    const b = cpu(to);
    return a !== undefined && b !== undefined && to > from ? b - a : undefined;
  };
  const sync = at(/\[content\] Syncing content/);
  const bundle = at(/Building static entrypoints/);
  const render = at(/generating static routes/);
  const rendered = render >= 0 ? at(/✓ Completed in/, render + 1) : -1;
  const complete = at(/Complete!/);
  // PDFs start after the locale 404 pages in one build, or after the last slice in a sliced one.
  const pdfStart = Math.max(at(/\[sidkit:locale-not-found\]/), at(/\[sidkit:build\] Slice \d+ of/));
  // The PDF step is done when the last of its parts logs: the toolkit PDFs, the kit's documents and the pictures beside them.
  const pdfEnd = Math.max(
    at(/Printed \d+ toolkit PDF/),
    at(/\[sidkit:kit-documents\] Printed/),
    at(/\[sidkit:kit-pictures\] Drew/),
    at(/\[sidkit:build-cache\]/),
  );
  const indexEnd = at(/\[sidkit:search-index\].*\bin [\d.]+ ?m?s\b/);
  const exit = points.length - 1;
  const phases: CpuPhases = {};
  const set = (key: keyof CpuPhases, value: number | undefined) => {
    if (value !== undefined) phases[key] = value;
  };
  set('setupMs', cpu(sync));
  set('syncMs', between(sync, bundle));
  set('bundleMs', between(bundle, render));
  set('renderMs', between(render, rendered));
  set('afterMs', between(rendered, complete));
  set('pdfMs', between(pdfStart, pdfEnd));
  set('indexMs', between(pdfEnd, indexEnd));
  set('totalMs', cpu(exit));
  const peaks: NonNullable<CpuPhases['peakRssMiB']> = {};
  const ends = {
    setup: sync,
    sync: bundle,
    bundle: render,
    render: rendered,
    pdf: pdfEnd,
    index: indexEnd,
    total: exit,
  } as const;
  for (const [phase, index] of Object.entries(ends) as [keyof typeof ends, number][]) {
    const rss = index >= 0 ? points[index]?.rss : undefined;
    if (rss !== undefined) peaks[phase] = Math.round(rss / 1024);
  }
  if (Object.keys(peaks).length) phases.peakRssMiB = peaks;
  return phases;
}

/** Reads a cpu-probe trace (one JSON line per marking log line and per process exit): phases summed over processes, peaks the largest. */
export function parseCpuTrace(text: string): CpuPhases {
  const byProcess = new Map<number, TracePoint[]>();
  const pdfWorkers = new Set<number>();
  const programs = new Map<number, string>();
  for (const line of text.split('\n').filter(Boolean)) {
    const point = JSON.parse(line) as {
      pid?: number;
      script?: string;
      program?: string;
      cpuMs: number;
      maxRssKb?: number;
      text: string;
    };
    if (point.script === PDF_WORKER_SCRIPT) pdfWorkers.add(point.pid ?? 0);
    if (point.program) programs.set(point.pid ?? 0, point.program);
    const points = byProcess.get(point.pid ?? 0) ?? [];
    points.push({ cpu: point.cpuMs, rss: point.maxRssKb, text: stripAnsi(point.text) });
    byProcess.set(point.pid ?? 0, points);
  }
  const total: CpuPhases = { processes: byProcess.size };
  for (const [pid, points] of byProcess) {
    const whole = points.at(-1)!.cpu;
    const program = programs.get(pid);
    const phases: CpuPhases =
      program !== undefined
        ? { ...(PAGEFIND_BINARY.test(program) ? { indexMs: whole } : {}), totalMs: whole, childProgramsMs: whole }
        : pdfWorkers.has(pid)
          ? { pdfMs: whole, totalMs: whole }
          : processPhases(points);
    for (const key of [
      'setupMs',
      'syncMs',
      'bundleMs',
      'renderMs',
      'afterMs',
      'pdfMs',
      'indexMs',
      'totalMs',
      'childProgramsMs',
    ] as const) {
      if (phases[key] !== undefined) total[key] = (total[key] ?? 0) + phases[key];
    }
    for (const [phase, mib] of Object.entries(phases.peakRssMiB ?? {}) as [
      keyof NonNullable<CpuPhases['peakRssMiB']>,
      number,
    ][]) {
      total.peakRssMiB = { ...total.peakRssMiB, [phase]: Math.max(total.peakRssMiB?.[phase] ?? 0, mib) };
    }
  }
  return total;
}
