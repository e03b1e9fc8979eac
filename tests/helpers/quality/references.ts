/**
 * Finds every URL a built file refers to (HTML attributes, CSS `url()` and `@import`, and
 * the module and fetch URLs written in scripts), each marked with what a browser does with
 * it. The link, privacy and page-weight checks all read files through here.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';

/** One URL written in a file. */
export interface Reference {
  /** Where it is written: an attribute (`href`, `src`, `srcset`…) or a construct (`url()`, `@import`, `import()`). */
  attribute: string;
  /** The URL as written. */
  value: string;
  /** `load`: the browser fetches it with the page. `follow`: only a click or a search engine does. */
  use: 'load' | 'follow';
}

/** What the checks need from one HTML page, from a single parse. */
export interface HtmlScan {
  /** URLs in attributes, `<style>` elements and `style` attributes. */
  references: Reference[];
  /** URLs written in inline scripts; kept apart because a script may build them at run time. */
  scriptReferences: Reference[];
  /** Every fragment target: `id` attributes, and `name` on `<a>`. */
  ids: Set<string>;
  /** How many scripts the page runs: inline, `src` and module preloads (JSON data blocks are not scripts). */
  scripts: number;
}

// `<link>` types that only describe a relation; every other type makes the browser fetch the target.
const DESCRIPTIVE_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'prev',
  'privacy-policy',
  'search',
  'sitemap',
  'tag',
  'terms-of-service',
]);
// Elements whose href is followed on a click; an href anywhere else (SVG <use>, <image>) is loaded.
const FOLLOWED_HREF = new Set(['a', 'area']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const CSS_URL = /url\(\s*(["']?)(.*?)\1\s*\)/g;
const CSS_IMPORT_STRING = /@import\s+(["'])(.*?)\1/g;
const JS_CALL = /\b(import|importScripts|fetch|sendBeacon)\s*\(\s*(["'`])(.*?)\2/g;
const JS_FROM = /\b(?:from|import)\s*(["'])(.*?)\1/g;

/** Parses an HTML page once and collects its references, fragment targets and scripts. */
export function scanHtml(html: string): HtmlScan {
  const tree = fromHtml(html);
  const scan: HtmlScan = { references: [], scriptReferences: [], ids: new Set(), scripts: 0 };
  for (const element of selectAll('*', tree)) {
    const props = element.properties;
    if (typeof props.id === 'string') scan.ids.add(props.id);
    if (element.tagName === 'a' && typeof props.name === 'string') scan.ids.add(props.name);
    scan.references.push(...elementReferences(element));
    if (element.tagName === 'style') scan.references.push(...cssReferences(textOf(element)));
    if (element.tagName === 'script' && SCRIPT_TYPES.has(String(props.type ?? '').toLowerCase())) {
      scan.scripts++;
      if (props.src === undefined) scan.scriptReferences.push(...jsReferences(textOf(element)));
    }
    if (element.tagName === 'link' && relOf(element).includes('modulepreload')) scan.scripts++;
  }
  return scan;
}

/** The URLs in a stylesheet: `url()` (fonts, images, imports) and `@import "…"`. */
export function cssReferences(css: string): Reference[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [
    ...[...source.matchAll(CSS_URL)].map((match): Reference => ({
      attribute: 'url()',
      value: match[2] ?? '',
      use: 'load',
    })),
    ...[...source.matchAll(CSS_IMPORT_STRING)].map((match): Reference => ({
      attribute: '@import',
      value: match[2] ?? '',
      use: 'load',
    })),
  ];
}

/** The literal URLs a script imports or requests: `import()`, `import … from`, `importScripts()`, `fetch()`, `sendBeacon()`. */
export function jsReferences(js: string): Reference[] {
  return [
    ...[...js.matchAll(JS_CALL)].map((match): Reference => ({
      attribute: `${match[1]}()`,
      value: match[3] ?? '',
      use: 'load',
    })),
    ...[...js.matchAll(JS_FROM)].map((match): Reference => ({
      attribute: 'import',
      value: match[2] ?? '',
      use: 'load',
    })),
  ];
}

function elementReferences(element: Element): Reference[] {
  const props = element.properties;
  const found: Reference[] = [];
  const add = (attribute: string, value: unknown, use: Reference['use']) => {
    if (typeof value === 'string') found.push({ attribute, value, use });
  };
  const followed =
    FOLLOWED_HREF.has(element.tagName) ||
    (element.tagName === 'link' && relOf(element).every((rel) => DESCRIPTIVE_RELS.has(rel)));
  add('href', props.href, followed ? 'follow' : 'load');
  add('xlink:href', props.xLinkHref, 'load');
  add('src', props.src, 'load');
  add('poster', props.poster, 'load');
  add('data', props.data, 'load');
  add('action', props.action, 'follow');
  add('formaction', props.formAction, 'follow');
  // `ping` sends a request to every listed URL when the link is followed.
  for (const url of listOf(props.ping)) add('ping', url, 'load');
  // The parser splits srcset at whitespace: rejoin it, then take the URL of each comma-separated candidate.
  const srcset = listOf(props.srcSet).join(' ');
  if (srcset) for (const candidate of srcset.split(/\s*,\s*/)) add('srcset', candidate.trim().split(/\s+/)[0], 'load');
  if (typeof props.style === 'string')
    found.push(...cssReferences(props.style).map((ref) => ({ ...ref, attribute: `style ${ref.attribute}` })));
  return found;
}

// The source inside <style> and <script>: their only children are text.
function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function relOf(element: Element): string[] {
  return listOf(element.properties.rel).map((rel) => rel.toLowerCase());
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
