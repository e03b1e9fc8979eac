/**
 * Measurements of a built site: the compressed weight of each page template (HTML plus
 * the stylesheets and scripts it loads, gzip -9 as a server would send it), the size of
 * the search index, and what a first search query downloads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.ts';

/** The templates whose weight is reported; pages below a locale that are not campaigns (search, activities) report as `locale/<name>`. */
export const TEMPLATES = [
  'home',
  'content',
  'fallback',
  'toolkit',
  'toolkit-list',
  'audience-filter',
  'locale-index',
  'root',
] as const;
export type Template = (typeof TEMPLATES)[number] | `locale/${string}`;

/** Campaign folders the benchmark generates are named bench-001, bench-002, … */
const CAMPAIGN = /^bench-\d+$/;

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Total bytes of the files below `dir`. */
export function directoryBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/** Which template a built page of sidkit comes from, by its path and (for fallbacks) its notice. */
export function templateOf(path: string, html: () => string): Template | undefined {
  const parts = path.split('/');
  if (!path.endsWith('index.html') || parts[0] === 'pagefind') return undefined;
  if (parts.length === 1) return 'root';
  if (parts.length === 2) return 'locale-index';
  if (!CAMPAIGN.test(parts[1] ?? '')) return `locale/${parts.slice(1, -1).join('/')}`;
  if (parts.length === 3) return 'home';
  if (parts[2] === 'toolkits') {
    if (parts.length === 4) return 'toolkit-list';
    if (parts[3] === 'for') return 'audience-filter';
    return 'toolkit';
  }
  if (parts.length < 4) return undefined;
  return html().includes('class="fallback-notice') ? 'fallback' : 'content';
}

/** The compressed weight of one template: the median over its pages (or a sample of them). */
export interface TemplateWeight {
  template: Template;
  /** Pages of this template in the site. */
  pages: number;
  /** Pages measured (all, or an even sample). */
  measured: number;
  /** One page measured, for reference. */
  example: string;
  htmlGzip: number;
  htmlRaw: number;
  /** Stylesheets and scripts the page loads, compressed. */
  assetsGzip: number;
  /** HTML plus assets, median. */
  totalGzip: number;
  /** The heaviest page measured, HTML plus assets. */
  maxTotalGzip: number;
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Stylesheets and scripts a page loads from the site itself. */
function assetPaths(html: string, page: string, site: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    if (!/\brel="?stylesheet/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) found.add(href);
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (match[1]) found.add(match[1]);
  const pageDir = join(site, page, '..');
  return [...found]
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('//'))
    .map((href) =>
      href.startsWith('/') ? join(site, href.split(/[?#]/)[0] ?? '') : resolve(pageDir, href.split(/[?#]/)[0] ?? ''),
    )
    .filter((file) => existsSync(file));
}

/** The weight of every template of a built sidkit site; at most `sample` pages of each are compressed. */
export function templateWeights(site: string, sample = 60, classify = templateOf): TemplateWeight[] {
  const byTemplate = new Map<Template, string[]>();
  for (const file of listFiles(site)
    .filter((path) => path.endsWith('.html'))
    .sort()) {
    const template = classify(file, () => readFileSync(join(site, file), 'utf8'));
    if (!template) continue;
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), file]);
  }
  const assetCache = new Map<string, number>();
  const weights: TemplateWeight[] = [];
  const order = [
    ...TEMPLATES,
    ...[...byTemplate.keys()].filter((template) => !(TEMPLATES as readonly string[]).includes(template)).sort(),
  ];
  for (const template of order) {
    const pages = byTemplate.get(template) ?? [];
    if (pages.length === 0) continue;
    const step = Math.max(1, Math.floor(pages.length / sample));
    const chosen = pages.filter((_, index) => index % step === 0).slice(0, sample);
    const rows = chosen.map((page) => {
      const html = readFileSync(join(site, page));
      const assets = assetPaths(html.toString('utf8'), page, site).reduce((sum, file) => {
        const size = assetCache.get(file) ?? gzipSize(readFileSync(file));
        assetCache.set(file, size);
        return sum + size;
      }, 0);
      const htmlGzip = gzipSize(html);
      return { page, htmlGzip, htmlRaw: html.length, assets, total: htmlGzip + assets };
    });
    weights.push({
      template,
      pages: pages.length,
      measured: rows.length,
      example: chosen[Math.floor(chosen.length / 2)] ?? '',
      htmlGzip: Math.round(median(rows.map((row) => row.htmlGzip))),
      htmlRaw: Math.round(median(rows.map((row) => row.htmlRaw))),
      assetsGzip: Math.round(median(rows.map((row) => row.assets))),
      totalGzip: Math.round(median(rows.map((row) => row.total))),
      maxTotalGzip: Math.max(...rows.map((row) => row.total)),
    });
  }
  return weights;
}

/** The baseline's pages, by path alone (its fallbacks look like any other page). */
export function baselineTemplateOf(path: string): Template | undefined {
  if (!path.endsWith('index.html')) return undefined;
  const parts = path.split('/');
  if (parts[2] === 'toolkits') return 'toolkit';
  return parts.length === 3 ? 'home' : 'content';
}

/** The search index's size, and what a first query in one language downloads. */
export interface SearchIndexSize {
  /** Every file Pagefind wrote (its UI bundles included). */
  totalBytes: number;
  files: number;
  /** The index proper: entry, metadata, index chunks, fragments and WASM, without the UI bundles. */
  indexBytes: number;
  /** Per language: pages, chunk count and the bytes of a first one-word query. */
  languages: {
    language: string;
    pages: number;
    chunks: number;
    /** pagefind.js (and its worker, where the search uses it) gzip -9 + entry JSON (gzip -9) + WASM + metadata + the median index chunk. */
    firstQueryBytes: number;
    /** The same with the largest index chunk. */
    firstQueryMaxBytes: number;
    /** Five result fragments (the first page of results), median size. */
    fiveFragmentsBytes: number;
    parts: Record<string, number>;
  }[];
}

/**
 * Reads a Pagefind output folder; undefined when there is none. `worker`: whether the site's
 * search runs Pagefind in its worker, whose script a first search then loads too (sidkit's
 * search page sets Pagefind's `noWorker`).
 */
export function searchIndexSize(pagefindDir: string, options: { worker: boolean }): SearchIndexSize | undefined {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return undefined;
  const files = listFiles(pagefindDir);
  const size = (file: string) => statSync(join(pagefindDir, file)).size;
  const totalBytes = files.reduce((sum, file) => sum + size(file), 0);
  const indexBytes = files
    .filter((file) => !/pagefind-(component-|modular-)?ui\.|pagefind-highlight\./.test(file))
    .reduce((sum, file) => sum + size(file), 0);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const script = (options.worker ? ['pagefind.js', 'pagefind-worker.js'] : ['pagefind.js'])
    .filter((file) => files.includes(file))
    .reduce((sum, file) => sum + gzipSize(readFileSync(join(pagefindDir, file))), 0);
  const entryGzip = gzipSize(readFileSync(entryFile));
  const languages = Object.entries(entry.languages).map(([language, info]) => {
    // Pagefind writes its WASM, metadata, chunks and fragments already gzip-compressed: their file size is what travels.
    const wasmFile = `wasm.${info.wasm ?? 'unknown'}.pagefind`;
    const wasm = files.includes(wasmFile) ? size(wasmFile) : 0;
    const metaFile = files.find((file) => file === `pagefind.${info.hash}.pf_meta`);
    const meta = metaFile ? size(metaFile) : 0;
    const chunks = files.filter((file) => file.startsWith(`index/${language}_`)).map(size);
    const fragments = files.filter((file) => file.startsWith(`fragment/${language}_`)).map(size);
    const chunk = Math.round(median(chunks));
    const fixed = script + entryGzip + wasm + meta;
    return {
      language,
      pages: info.page_count,
      chunks: chunks.length,
      firstQueryBytes: fixed + chunk,
      firstQueryMaxBytes: fixed + Math.max(0, ...chunks),
      fiveFragmentsBytes: Math.round(5 * median(fragments)),
      parts: { script, entry: entryGzip, wasm, meta, chunk },
    };
  });
  return { totalBytes, files: files.length, indexBytes, languages };
}
