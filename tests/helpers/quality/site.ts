/**
 * The built site as the quality checks see it: every file of the out dir by its path, and
 * the mapping between those paths and the URLs a browser asks for. The checks take the
 * files as data, so they are pure functions that tests can feed with a few strings.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../../../src/lib/out-dir.ts';
import { withBase } from '../../../src/lib/routing/urls.ts';

/** Every file of a built site, keyed by its path under the out dir with forward slashes: `en/index.html`. */
export type SiteFiles = ReadonlyMap<string, Buffer>;

/** Where the site is published: its base path, and its own address if absolute links to it should count as internal. */
export interface SiteAddress {
  base: string;
  /** The published origin (`SIDKIT_SITE`), e.g. `https://example.org`; canonical and hreflang links point there. */
  site?: string;
}

/** What a URL written in a file points at. */
export type Location =
  /** mailto:, tel:, data:, javascript: and other schemes a static site does not serve. */
  | { kind: 'other-scheme' }
  | { kind: 'external' }
  /** On this site; `path` is the decoded path below the base, undefined when the URL is outside the base. */
  | { kind: 'internal'; path: string | undefined; fragment: string };

// Relative URLs need an origin to resolve against when the site does not say where it is published.
const PLACEHOLDER_ORIGIN = 'https://sidkit.invalid';

/** Reads a whole out dir into memory once, so that every check works on the same snapshot. */
export function readSite(dir: string): SiteFiles {
  const files = new Map<string, Buffer>();
  for (const full of filesUnder(dir)) files.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
  return files;
}

/** A file's content as UTF-8 text; empty when the site has no such file. */
export function siteText(site: SiteFiles, file: string): string {
  return site.get(file)?.toString('utf8') ?? '';
}

/** The file a static host serves for a path below the base: the file itself, or a folder's index.html. */
export function fileForPath(path: string, exists: (file: string) => boolean): string | undefined {
  const file = path.replace(/^\/+/, '');
  const candidates = file === '' || file.endsWith('/') ? [`${file}index.html`] : [file, `${file}/index.html`];
  return candidates.find(exists);
}

/** The address a file is served at: a folder's index.html at the folder, with its trailing slash. */
export function fileUrl(file: string, address: SiteAddress): URL {
  return new URL(withBase(address.base, file.replace(/(^|\/)index\.html$/, '$1')), address.site ?? PLACEHOLDER_ORIGIN);
}

/** Resolves a URL written in a site file against that file's own address, as a browser would. */
export function locate(value: string, fromFile: string, address: SiteAddress): Location {
  const from = fileUrl(fromFile, address);
  let url: URL;
  try {
    url = new URL(value, from);
  } catch {
    // An unparseable URL is resolved as a path, so that the link check reports it as missing.
    url = new URL(`${from.origin}/${encodeURIComponent(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other-scheme' };
  if (url.origin !== from.origin) return { kind: 'external' };
  const base = withBase(address.base, '');
  const path = url.pathname.startsWith(base) ? safeDecode(url.pathname.slice(base.length)) : undefined;
  return { kind: 'internal', path, fragment: safeDecode(url.hash.slice(1)) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
