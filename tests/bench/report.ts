/** The benchmark's console report: plain-text tables from the results that go to results.json. */
import type { SearchIndexSize, TemplateWeight } from './measure.ts';
import type { LinearFit, Summary } from './stats.ts';

/** What the report reads from the results. */
export interface ReportInput {
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; astro: string };
  options: { runs: number; seed: number };
  configs: readonly {
    pages: number;
    locales: readonly string[];
    supporters?: number;
    events?: number;
    summary: Record<string, Summary | undefined>;
    ratios: Record<string, number | undefined>;
    output?: { htmlPages: number; distBytes: number; pdfs: number; pdfBytes: number; baselineHtmlPages?: number };
    weights?: { sidkit: TemplateWeight[]; baseline?: TemplateWeight[] };
    search?: SearchIndexSize;
    runs: readonly { sidkit?: { phases: { slices?: number } } }[];
  }[];
  fits: Record<string, Record<string, LinearFit | undefined>>;
  /** What supporters and events add to the same N×L (run.ts `people`). */
  people?: readonly {
    pages: number;
    locales: number;
    supporters: number;
    events: number;
    added: Record<string, { ms: number; perEntryMs: number } | undefined>;
    htmlPages: number;
    distBytes: number;
    shareCards: number;
    cpuFit?: LinearFit;
  }[];
  targets: {
    buildRatio: { target: string; worst: number; met: boolean };
    buildCpuRatio: { target: string; worst: number; met: boolean };
    starlightCpuRatio: { target: string; worst?: number; met?: boolean };
    pdf: { target: string; worst: number; worstCpu: number; met: boolean };
    memory: { target: string; measuredAt2000x6MiB?: number; largestMiB: number; fit?: LinearFit; met?: boolean };
  };
}

/** Rows under a header, columns padded to their widest cell: the first left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const s = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '-' : (ms / 1000).toFixed(2));
const ms = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '-' : String(Math.round(value));
const kib = (bytes: number | undefined) => (bytes === undefined ? '-' : (bytes / 1024).toFixed(1));
const x = (ratio: number | undefined) => (ratio === undefined ? '-' : `${ratio.toFixed(2)}×`);
/** "100×6", or "100×6+1000/500" for a size with supporters and events. */
const size = (config: { pages: number; locales: readonly string[]; supporters?: number; events?: number }) =>
  `${config.pages}×${config.locales.length}${config.supporters || config.events ? `+${config.supporters ?? 0}/${config.events ?? 0}` : ''}`;

/** "12.34 (12.1–12.9)" in seconds. */
function spread(summary: Summary | undefined, unit: (value: number | undefined) => string = s): string {
  if (!summary) return '-';
  return summary.runs > 1
    ? `${unit(summary.median)} (${unit(summary.min)}–${unit(summary.max)})`
    : unit(summary.median);
}

/** The whole report as text. */
export function formatReport(report: ReportInput): string {
  const out: string[] = [];
  const { machine } = report;
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; Astro ${machine.astro}; ${report.options.runs} run(s) per size unless the size says otherwise, seed ${report.options.seed}.`,
  );
  out.push('');
  out.push(
    'Build phases, seconds: median (min–max) over runs. "pages" = sidkit wall time minus the PDF (or, when longer, the picture) step and the search step; the picture step (share cards and kit pictures) runs beside the PDF step on the same Typst processes; CPU = user + system time of the build and its children.',
  );
  out.push(
    table(
      [
        'N×L',
        'HTML',
        'sidkit wall',
        'sidkit pages',
        'render',
        'bundle',
        'PDF step',
        'ms/PDF',
        'pictures',
        'cards',
        'ms/card',
        'index',
        'baseline wall',
        'base render',
        'pages/base',
        'render/base',
        'sidkit CPU',
        'base CPU',
        'CPU/base',
      ],
      report.configs.map((config) => [
        size(config),
        String(config.output?.htmlPages ?? '-'),
        spread(config.summary['sidkit.wall']),
        spread(config.summary['sidkit.pages']),
        spread(config.summary['sidkit.render']),
        spread(config.summary['sidkit.bundle']),
        spread(config.summary['sidkit.pdf']),
        spread(config.summary['sidkit.perPdf'], ms),
        spread(config.summary['sidkit.pictures']),
        ms(config.summary['sidkit.shareCards']?.median),
        spread(config.summary['sidkit.perShareCard'], ms),
        spread(config.summary['sidkit.index']),
        spread(config.summary['baseline.wall']),
        spread(config.summary['baseline.render']),
        x(config.ratios.pages),
        x(config.ratios.render),
        spread(config.summary['sidkit.cpu']),
        spread(config.summary['baseline.cpu']),
        x(config.ratios.cpu),
      ]),
    ),
  );
  out.push('');
  out.push(
    'CPU time of the build process by phase, seconds (median; tests/bench/cpu-probe.ts). Robust to other load on the machine, unlike wall time.',
  );
  out.push(
    '"pages" = sidkit minus its PDF and search steps; setup = Node, config and integrations (sidkit: the content check).',
  );
  out.push(
    table(
      [
        'N×L',
        'sidkit pages',
        'setup',
        'sync',
        'bundle',
        'render',
        'PDF',
        'ms/PDF',
        'index (JS)',
        'baseline',
        'setup',
        'sync',
        'bundle',
        'render',
        'pages/base',
        'setup/base',
        'bundle/base',
        'render/base',
      ],
      report.configs.map((config) => {
        const m = (key: string) => s(config.summary[key]?.median);
        return [
          size(config),
          spread(config.summary['sidkit.cpu.pages']),
          m('sidkit.cpu.setup'),
          m('sidkit.cpu.sync'),
          m('sidkit.cpu.bundle'),
          m('sidkit.cpu.render'),
          m('sidkit.cpu.pdf'),
          ms(config.summary['sidkit.cpu.perPdf']?.median),
          m('sidkit.cpu.index'),
          spread(config.summary['baseline.cpu.total']),
          m('baseline.cpu.setup'),
          m('baseline.cpu.sync'),
          m('baseline.cpu.bundle'),
          m('baseline.cpu.render'),
          x(config.ratios.cpuPages),
          x(config.ratios.cpuSetup),
          x(config.ratios.cpuBundle),
          x(config.ratios.cpuRender),
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    "sidkit against Starlight (sidebar scoped to the campaign) and the plain baseline, CPU seconds of every process, Pagefind's binary included (median of the same alternating runs).",
  );
  out.push(
    '"pages + search" = sidkit without its PDF and picture step; Starlight builds pages, fallbacks and a Pagefind index; the baseline builds pages only.',
  );
  out.push(
    table(
      [
        'N×L',
        'sidkit pages+search',
        'Starlight',
        'ratio',
        'sidkit pages',
        'baseline',
        'ratio',
        'setup sk/SL',
        'sync sk/SL',
        'bundle sk/SL',
        'render sk/SL',
        'search sk/SL',
      ],
      report.configs.map((config) => {
        const pair = (a: string, b: string) => `${s(config.summary[a]?.median)}/${s(config.summary[b]?.median)}`;
        return [
          size(config),
          spread(config.summary['sidkit.cpu.pagesSearch']),
          spread(config.summary['starlight.cpu.total']),
          x(config.ratios.cpuStarlight),
          spread(config.summary['sidkit.cpu.pages']),
          spread(config.summary['baseline.cpu.total']),
          x(config.ratios.cpuPages),
          pair('sidkit.cpu.setup', 'starlight.cpu.setup'),
          pair('sidkit.cpu.sync', 'starlight.cpu.sync'),
          pair('sidkit.cpu.bundle', 'starlight.cpu.bundle'),
          pair('sidkit.cpu.render', 'starlight.cpu.render'),
          pair('sidkit.cpu.index', 'starlight.cpu.search'),
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    "Peak memory (max RSS, MiB; /usr/bin/time: the largest of the build's processes), the largest process's peak by the end of each phase, the slices npm run build used, and PDF detail",
  );
  out.push(
    table(
      [
        'N×L',
        'slices',
        'sidkit RSS',
        'after bundle',
        'after render',
        'after PDF',
        'baseline RSS',
        'after bundle',
        'after render',
        'PDFs',
        'PDF MiB',
        'fonts ms',
        'compile ms/PDF',
        'ms/toolkit',
        'slides ms/PDF',
        'ms/kit picture',
      ],
      report.configs.map((config) => [
        size(config),
        String(config.runs.find((run) => run.sidkit)?.sidkit?.phases.slices ?? 1),
        spread(config.summary['sidkit.rssMiB'], ms),
        ms(config.summary['sidkit.rssMiB.afterBundle']?.median),
        ms(config.summary['sidkit.rssMiB.afterRender']?.median),
        ms(config.summary['sidkit.rssMiB.afterPdf']?.median),
        spread(config.summary['baseline.rssMiB'], ms),
        ms(config.summary['baseline.rssMiB.afterBundle']?.median),
        ms(config.summary['baseline.rssMiB.afterRender']?.median),
        String(config.output?.pdfs ?? '-'),
        config.output ? (config.output.pdfBytes / 2 ** 20).toFixed(1) : '-',
        ms(config.summary['sidkit.pdfFonts']?.median),
        ms(config.summary['sidkit.pdfCompile']?.median),
        ms(config.summary['sidkit.perToolkit']?.median),
        ms(config.summary['sidkit.perSlidesPdf']?.median),
        ms(config.summary['sidkit.perKitPicture']?.median),
      ]),
    ),
  );
  out.push('');
  out.push('Fixed cost and cost per page (least squares over the medians): fixed ms + ms per page (r²)');
  const fitRows: string[][] = [];
  for (const [group, metrics] of Object.entries(report.fits)) {
    for (const [metric, fit] of Object.entries(metrics)) {
      if (!fit) continue;
      const unit = metric.endsWith('rssMiB') ? 'MiB' : 'ms';
      fitRows.push([
        group,
        metric,
        `${fit.intercept.toFixed(0)} ${unit}`,
        `${fit.slope.toFixed(unit === 'MiB' ? 3 : 2)} ${unit}`,
        fit.r2.toFixed(3),
        String(fit.points),
      ]);
    }
  }
  out.push(
    fitRows.length
      ? table(['fit', 'metric', 'fixed', 'per page', 'r²', 'points'], fitRows)
      : '(needs at least two sizes)',
  );
  out.push('');
  if (report.people?.length) {
    out.push(
      'What supporters and events add to the same site (sidkit medians against the plain N×L of this run): seconds added, and ms per entry (a supporter or an event)',
    );
    const added = (row: NonNullable<ReportInput['people']>[number], metric: string) => {
      const value = row.added[metric];
      return value ? `${s(value.ms)} (${value.perEntryMs.toFixed(1)})` : '-';
    };
    out.push(
      table(
        [
          'N×L',
          'supporters',
          'events',
          'wall',
          'pages',
          'CPU',
          'render CPU',
          'pictures',
          'index',
          'HTML pages',
          'share cards',
          'MiB',
          'CPU fit over these sizes',
        ],
        report.people.map((row) => [
          `${row.pages}×${row.locales}`,
          String(row.supporters),
          String(row.events),
          added(row, 'sidkit.wall'),
          added(row, 'sidkit.pages'),
          added(row, 'sidkit.cpu'),
          added(row, 'sidkit.cpu.render'),
          added(row, 'sidkit.pictures'),
          added(row, 'sidkit.index'),
          String(row.htmlPages),
          String(row.shareCards),
          (row.distBytes / 2 ** 20).toFixed(1),
          row.cpuFit
            ? `${s(row.cpuFit.intercept)} s + ${row.cpuFit.slope.toFixed(1)} ms per entry (r² ${row.cpuFit.r2.toFixed(3)}, ${row.cpuFit.points} sizes)`
            : '-',
        ]),
      ),
    );
    out.push('');
  }
  const weighed = [...report.configs].reverse().find((config) => config.weights?.sidkit.length);
  if (weighed?.weights) {
    out.push(
      `Page weight, gzip -9, KiB: HTML + the CSS/JS it loads (median over up to 60 pages per template; site ${weighed.pages}×${weighed.locales.length})`,
    );
    const baselineOf = (template: string) => weighed.weights?.baseline?.find((row) => row.template === template);
    out.push(
      table(
        ['template', 'pages', 'HTML raw', 'HTML gz', 'CSS/JS gz', 'total gz', 'max total', 'baseline total', 'example'],
        weighed.weights.sidkit.map((row) => [
          row.template,
          String(row.pages),
          kib(row.htmlRaw),
          kib(row.htmlGzip),
          kib(row.assetsGzip),
          kib(row.totalGzip),
          kib(row.maxTotalGzip),
          kib(baselineOf(row.template)?.totalGzip),
          row.example,
        ]),
      ),
    );
    out.push('');
  }
  const searched = report.configs.filter((config) => config.search);
  if (searched.length) {
    out.push(
      'Search index (Pagefind): bytes on disk, and a first one-word query (pagefind.js gz without its worker, which the search page of sidkit does not start; entry gz, WASM, language metadata, one median index chunk)',
    );
    const languages = ['en', 'ar', 'zh'];
    out.push(
      table(
        [
          'N×L',
          'total KiB',
          'index KiB',
          ...languages.flatMap((language) => [`${language} first query KiB`, `${language} max`, `${language} chunks`]),
        ],
        searched.map((config) => {
          const search = config.search!;
          return [
            size(config),
            kib(search.totalBytes),
            kib(search.indexBytes),
            ...languages.flatMap((language) => {
              const row = search.languages.find((item) => item.language === language);
              return row
                ? [kib(row.firstQueryBytes), kib(row.firstQueryMaxBytes), String(row.chunks)]
                : ['-', '-', '-'];
            }),
          ];
        }),
      ),
    );
    out.push('');
  }
  const { targets } = report;
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'MISSED');
  out.push('Targets');
  out.push(
    `  build (wall): ${targets.buildRatio.target}: worst ${x(targets.buildRatio.worst)}: ${verdict(targets.buildRatio.met)}`,
  );
  out.push(
    `  build (CPU):  ${targets.buildCpuRatio.target}: worst ${x(targets.buildCpuRatio.worst)}: ${verdict(targets.buildCpuRatio.met)}`,
  );
  out.push(
    `  build (CPU, Starlight): ${targets.starlightCpuRatio.target}: worst ${x(targets.starlightCpuRatio.worst)}: ${verdict(targets.starlightCpuRatio.met)}`,
  );
  out.push(
    `  PDF:   ${targets.pdf.target}: worst ${ms(targets.pdf.worst)} ms wall, ${ms(targets.pdf.worstCpu)} ms CPU: ${verdict(targets.pdf.met)}`,
  );
  const fit = targets.memory.fit;
  out.push(
    `  memory: ${targets.memory.target}: at 2000×6 ${ms(targets.memory.measuredAt2000x6MiB)} MiB, largest ${ms(targets.memory.largestMiB)} MiB${fit ? `, fit ${fit.intercept.toFixed(0)} MiB + ${fit.slope.toFixed(3)} MiB/page (r² ${fit.r2.toFixed(3)})` : ''}: ${verdict(targets.memory.met)}`,
  );
  return out.join('\n');
}
