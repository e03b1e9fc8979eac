/**
 * The static privacy check: a visitor's browser must not contact anyone but the site. Any
 * URL that HTML, CSS or JavaScript makes the browser load from another origin is reported
 * (scripts, stylesheets, fonts, images, frames, module imports, pings). Plain outbound
 * links are fine: nothing is sent until the visitor chooses to follow one.
 */
import { cssReferences, jsReferences, scanHtml, type Reference } from './references.ts';
import { locate, siteText, type SiteAddress, type SiteFiles } from './site.ts';

/** One request to another origin that a site file would make. */
export interface ThirdPartyLoad {
  file: string;
  attribute: string;
  target: string;
}

/** Every third-party load written in the site's HTML, CSS and JavaScript files. */
export function findThirdPartyLoads(site: SiteFiles, address: SiteAddress): ThirdPartyLoad[] {
  const found: ThirdPartyLoad[] = [];
  for (const file of site.keys()) {
    for (const reference of loadedReferences(file, siteText(site, file))) {
      if (locate(reference.value, file, address).kind === 'external')
        found.push({ file, attribute: reference.attribute, target: reference.value });
    }
  }
  return found;
}

/** A readable list of third-party loads, one per line, for a test failure message. */
export function formatThirdPartyLoads(loads: readonly ThirdPartyLoad[]): string {
  return loads.map((load) => `${load.file}: ${load.attribute} loads ${load.target}`).join('\n');
}

function loadedReferences(file: string, text: string): Reference[] {
  // SVG images can load other files too; the HTML parser reads their elements just as well.
  if (/\.(html|svg)$/.test(file)) {
    const scan = scanHtml(text);
    return [...scan.references.filter((reference) => reference.use === 'load'), ...scan.scriptReferences];
  }
  if (file.endsWith('.css')) return cssReferences(text);
  if (/\.m?js$/.test(file)) return jsReferences(text);
  return [];
}
