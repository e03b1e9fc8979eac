/**
 * The inline code of a built page read by scanning its tags instead of parsing it: start tags
 * and their attributes, the raw text of `<script>` and `<style>`, comments skipped. The
 * pages are the build's own, well-formed output; markup where a scan and an HTML parser could
 * disagree is left to the parser (`needsParser`).
 */
import { decodeHTMLAttribute } from 'entities';
import type { InlineCode } from './inline-code.ts';

// Markup a scan does not model: a script or style inside SVG or MathML (foreign content, parsed as
// markup rather than raw text), template contents (outside the document tree), noscript and CDATA.
const FOREIGN = /<(svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const UNMODELLED = /<(?:template|noscript|plaintext|xmp|noembed|noframes)\b|<!\[CDATA\[/i;

/** Whether a page holds markup that only the parser reads right. */
export function needsParser(html: string): boolean {
  if (UNMODELLED.test(html)) return true;
  for (const match of html.matchAll(FOREIGN)) if (/<(?:script|style)\b/i.test(match[0])) return true;
  return false;
}

// A comment, a doctype, or a start or end tag with its attributes (quoted values may hold `>`).
const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][^\s/>]*)((?:[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)[\s/]*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
// Attributes the policy reads: style, an event handler, the search panel, a policy meta.
const RELEVANT = /style|[\s/]on|data-search|http-equiv/i;
// Elements whose content is text up to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

/** A start tag's attributes by lower-case name, the first of a repeated name winning, values decoded. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (attributes.has(name)) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(name, value.includes('&') ? decodeHTMLAttribute(value) : value);
  }
  return attributes;
}

/** A page's inline code before any is found: nothing yet, and where its policy meta goes. */
export function emptyInlineCode(html: string): InlineCode {
  return {
    scripts: [],
    styles: [],
    styleAttributes: [],
    loadsSearch: false,
    eventHandlers: [],
    policyMetas: 0,
    metaOffset: metaOffsetOf(html),
  };
}

/** Reads the inline code of a page the parser is not needed for; `runTypes` are the script types a browser runs. */
export function scannedInlineCode(html: string, runTypes: RegExp): InlineCode {
  const code = emptyInlineCode(html);
  const lower = html.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    if (match[1] !== '' || match[2] === undefined) continue;
    const tagName = match[2].toLowerCase();
    const source = match[3] ?? '';
    // Most tags hold nothing the policy reads: their attributes are not taken apart.
    if (!RAW_TEXT.has(tagName) && !RELEVANT.test(source)) continue;
    const attributes = attributesOf(source);
    const style = attributes.get('style');
    if (style !== undefined) code.styleAttributes.push(style);
    if (attributes.has('data-search')) code.loadsSearch = true;
    for (const name of attributes.keys()) if (/^on[a-z]/.test(name)) code.eventHandlers.push(`<${tagName} ${name}>`);
    if (tagName === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
      code.policyMetas++;
    if (!RAW_TEXT.has(tagName)) continue;
    const start = TOKEN.lastIndex;
    const end = lower.indexOf(`</${tagName}`, start);
    const text = html.slice(start, end === -1 ? html.length : end).replace(/\r\n?/g, '\n');
    if (tagName === 'script' && !attributes.has('src') && runTypes.test((attributes.get('type') ?? '').trim()))
      code.scripts.push(text);
    if (tagName === 'style') code.styles.push(text);
    TOKEN.lastIndex = end === -1 ? html.length : end;
  }
  return code;
}

const HEAD_START = /<head\b[^>]*>/i;
const CHARSET_META = /<meta\b[^>]*\bcharset\b[^>]*>/i;

/** Right after the head's `<meta charset>`, or after the `<head>` start tag for a page without one. */
function metaOffsetOf(html: string): number {
  const head = HEAD_START.exec(html);
  if (!head) throw new Error('the page has no <head> written in its HTML');
  const start = head.index + head[0].length;
  const end = html.indexOf('</head>', start);
  const meta = CHARSET_META.exec(end === -1 ? html.slice(start) : html.slice(start, end));
  return meta ? start + meta.index + meta[0].length : start;
}
