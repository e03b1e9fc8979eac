/**
 * The link check: every internal URL in the built HTML and CSS must name a file of the out
 * dir, and every `#fragment` an element of the page it points at. External links are not
 * fetched: the check proves the site is whole, not that the rest of the web is up.
 */
import { cssReferences, scanHtml, type HtmlScan } from './references.ts';
import { fileForPath, locate, siteText, type Location, type SiteAddress, type SiteFiles } from './site.ts';

type InternalLocation = Extract<Location, { kind: 'internal' }>;

/** One internal URL that does not resolve. */
export interface BrokenLink {
  /** The file it is written in, under the out dir. */
  page: string;
  attribute: string;
  target: string;
  problem: string;
}

/** The outcome of a link check. */
export interface LinkReport {
  /** How many internal URLs were checked. */
  checked: number;
  broken: BrokenLink[];
}

/** Checks every internal href, src, srcset and CSS url() of a built site. */
export function checkLinks(site: SiteFiles, address: SiteAddress): LinkReport {
  const scans = new Map<string, HtmlScan>();
  const scan = (file: string): HtmlScan => {
    let result = scans.get(file);
    if (!result) scans.set(file, (result = scanHtml(siteText(site, file))));
    return result;
  };
  const report: LinkReport = { checked: 0, broken: [] };
  for (const file of site.keys()) {
    const references = file.endsWith('.html')
      ? scan(file).references
      : file.endsWith('.css')
        ? cssReferences(siteText(site, file))
        : [];
    for (const reference of references) {
      const location = locate(reference.value, file, address);
      if (location.kind !== 'internal') continue;
      report.checked++;
      const problem = internalProblem(location, site, address, scan);
      if (problem) report.broken.push({ page: file, attribute: reference.attribute, target: reference.value, problem });
    }
  }
  return report;
}

/** A readable list of broken links, one per line, for a test failure message. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.attribute}="${link.target}" ${link.problem}`).join('\n');
}

// What is wrong with an internal URL, or undefined when it resolves.
function internalProblem(
  location: InternalLocation,
  site: SiteFiles,
  address: SiteAddress,
  scan: (file: string) => HtmlScan,
): string | undefined {
  if (location.path === undefined) return `is outside the site base ${address.base}`;
  const target = fileForPath(location.path, (candidate) => site.has(candidate));
  if (!target) return 'points to no file in the site';
  const { fragment } = location;
  // An empty fragment and #top scroll to the top of any page (HTML standard, "scroll to the fragment").
  if (!fragment || fragment.toLowerCase() === 'top' || !/\.(html|svg)$/.test(target)) return undefined;
  return scan(target).ids.has(fragment) ? undefined : `has no element with id "${fragment}" in ${target}`;
}
