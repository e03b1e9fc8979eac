/**
 * What a built page runs or styles inline, read from its final HTML with hast: the text of
 * each inline script and `<style>`, each `style` attribute, whether the page loads Pagefind,
 * and where a policy `<meta>` can go. A Content-Security-Policy allows inline code only by
 * the hash of exactly these texts, so they are read after every step that rewrites the page.
 *
 * A page is read by scanning its tags (./inline-code-scan.ts), about ten times faster than
 * parsing it, since a large site has thousands of pages. Markup the scan does not model
 * (SVG or MathML that holds a script or style, `<template>`, `<noscript>`, CDATA) goes through
 * Sätteri's HTML parser (Rust, HTML5 like parse5), which the tests also hold the scan to.
 */
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { emptyInlineCode, needsParser, scannedInlineCode } from './inline-code-scan.ts';

/** The inline code of one page, and the offset in its HTML right after `<meta charset>`, where a policy meta takes effect for everything after it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** The page carries the search panel (`[data-search]`), whose Pagefind instantiates WebAssembly. */
  loadsSearch: boolean;
  /** Inline event handler attributes (`onclick`, …), which no hash allows: the policy blocks them. */
  eventHandlers: string[];
  /** How many Content-Security-Policy metas the page already has. */
  policyMetas: number;
  metaOffset: number;
}

// Script types a browser runs, and so checks against script-src; data blocks (JSON, templates) are not run.
const RUN_TYPES =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/jscript)$/i;

/** The text of a raw-text element (`<script>`, `<style>`) as the browser hashes it: its text, line breaks already normalised by the parser. */
function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Whether a `<script>` runs inline: no `src`, and a type the browser executes. */
function isInlineScript(script: Element): boolean {
  if (script.properties.src !== undefined) return false;
  return RUN_TYPES.test(String(script.properties.type ?? '').trim());
}

/** Reads the inline code of a built page: scanned, or parsed when its markup needs the parser. */
export function inlineCodeOf(html: string): InlineCode {
  return needsParser(html) ? parsedInlineCode(html) : scannedInlineCode(html, RUN_TYPES);
}

/** Reads the inline code of a built page in one walk of its parsed tree. */
export function parsedInlineCode(html: string): InlineCode {
  const code = emptyInlineCode(html);
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      const { tagName, properties } = node;
      if (tagName === 'script' && isInlineScript(node)) code.scripts.push(textOf(node));
      if (tagName === 'style') code.styles.push(textOf(node));
      if (properties.style !== undefined) code.styleAttributes.push(String(properties.style));
      if (properties.dataSearch !== undefined) code.loadsSearch = true;
      for (const name of Object.keys(properties))
        if (/^on[A-Z]/.test(name)) code.eventHandlers.push(`<${tagName} ${name.toLowerCase()}>`);
      if (tagName === 'meta' && String(properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy')
        code.policyMetas++;
      walk(node);
    }
  };
  walk(htmlToHast(html) as Root);
  return code;
}
