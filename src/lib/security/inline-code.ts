/**
 * What a built page runs or styles inline, read from its final HTML with hast: the text of
 * each inline script and `<style>`, each `style` attribute, whether the page loads Pagefind,
 * and where a policy `<meta>` can go. A Content-Security-Policy allows inline code only by
 * the hash of exactly these texts, so they are read after every step that rewrites the page.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** The inline code of one page, and the offset in its HTML right after `<meta charset>`, where a policy meta takes effect for everything after it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** The page carries the search panel (`[data-search]`), whose Pagefind instantiates WebAssembly. */
  loadsSearch: boolean;
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

/** The offset where a meta placed first in `<head>` goes: after `<meta charset>` (which must stay in the first 1024 bytes), else before the head's first child. */
function metaOffsetIn(tree: Root, html: string): number {
  const [charset] = selectAll('head > meta[charset]', tree);
  if (charset?.position?.end.offset !== undefined) return charset.position.end.offset;
  const [head] = selectAll('head', tree);
  const start = head?.position?.start.offset;
  if (start === undefined) throw new Error('the page has no <head> written in its HTML');
  return html.indexOf('>', start) + 1;
}

/** Reads the inline code of a built page. */
export function inlineCodeOf(html: string): InlineCode {
  const tree = fromHtml(html);
  return {
    scripts: selectAll('script', tree).filter(isInlineScript).map(textOf),
    styles: selectAll('style', tree).map(textOf),
    styleAttributes: selectAll('[style]', tree).map((element) => String(element.properties.style)),
    loadsSearch: selectAll('[data-search]', tree).length > 0,
    policyMetas: selectAll('meta', tree).filter(
      (meta) => String(meta.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy',
    ).length,
    metaOffset: metaOffsetIn(tree, html),
  };
}
