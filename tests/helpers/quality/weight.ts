/**
 * Page weight: what a first visit to a page downloads (the HTML, its stylesheets, scripts,
 * fonts and images, and what those stylesheets load in turn), measured gzip-compressed as a
 * server would send it, and compared with a budget. Visitors on cheap phones and slow or
 * paid connections are the reason the site has budgets at all.
 */
import { gzipSync } from 'node:zlib';
import { cssReferences, scanHtml, type Reference } from './references.ts';
import { imageChoice, PHONE, type Screen } from './responsive-images.ts';
import { fileForPath, locate, siteText, type SiteAddress, type SiteFiles } from './site.ts';

/** One file a first visit loads. */
export interface LoadedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Everything a first visit to one page loads. */
export interface PageWeight {
  page: string;
  files: LoadedFile[];
  /** The sum of the files' compressed sizes. */
  gzipBytes: number;
  /** How many scripts the page runs, inline or from files. */
  scripts: number;
}

/** A page's limits. */
export interface Budget {
  /** Most compressed bytes a first visit may load. */
  maxGzipBytes?: number;
  /** The most scripts the page may run: 0 for none, 1 for the header's own few lines. */
  maxScripts?: number;
}

/**
 * Measures a page (a file of the out dir) as the screen (a 390 px phone with a 3x display
 * unless told) first loads it. Of a responsive picture, the one file that screen picks
 * counts (./responsive-images.ts); every picture counts, lazy or not, and every `url()` of a
 * loaded stylesheet, whether or not the page uses it: a budget errs on the heavy side.
 */
export function pageWeight(site: SiteFiles, page: string, address: SiteAddress, screen: Screen = PHONE): PageWeight {
  if (!site.has(page)) throw new Error(`${page} is not a file of the site`);
  const html = siteText(site, page);
  const scan = scanHtml(html);
  const { notLoaded } = imageChoice(html, screen);
  const loaded = new Set([page]);
  const follow = (references: readonly Reference[], from: string) => {
    for (const reference of references) {
      const skipped =
        (reference.attribute === 'src' || reference.attribute === 'srcset') && notLoaded.has(reference.value);
      const location = reference.use === 'load' && !skipped ? locate(reference.value, from, address) : undefined;
      if (location?.kind !== 'internal' || location.path === undefined) continue;
      const file = fileForPath(location.path, (candidate) => site.has(candidate));
      if (!file || loaded.has(file)) continue;
      loaded.add(file);
      if (file.endsWith('.css')) follow(cssReferences(siteText(site, file)), file);
    }
  };
  follow(scan.references, page);
  const files = [...loaded].map((file) => {
    const content = site.get(file) ?? Buffer.alloc(0);
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { page, files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), scripts: scan.scripts };
}

/** What is over budget, one line per problem; empty when the page keeps to its budget. */
export function budgetProblems(weight: PageWeight, budget: Budget): string[] {
  const problems: string[] = [];
  if (budget.maxGzipBytes !== undefined && weight.gzipBytes > budget.maxGzipBytes) {
    problems.push(
      `${weight.page} loads ${kb(weight.gzipBytes)} compressed, over its budget of ${kb(budget.maxGzipBytes)}`,
    );
  }
  if (budget.maxScripts !== undefined && weight.scripts > budget.maxScripts)
    problems.push(
      `${weight.page} runs ${weight.scripts} script(s) but must run ${budget.maxScripts === 0 ? 'none' : `at most ${budget.maxScripts}`}`,
    );
  return problems;
}

/** A per-file breakdown of a page's weight, heaviest first, for reports and failure messages. */
export function formatWeight(weight: PageWeight): string {
  const rows = [...weight.files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => `  ${kb(file.gzipBytes).padStart(9)}  (${kb(file.bytes)} raw)  ${file.file}`);
  return [
    `${weight.page}: ${kb(weight.gzipBytes)} compressed in ${weight.files.length} file(s), ${weight.scripts} script(s)`,
    ...rows,
  ].join('\n');
}

/** Bytes as kilobytes of 1024 bytes, one decimal: the unit the budgets are written in. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
