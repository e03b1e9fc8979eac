/** Parses built HTML so tests can query it with CSS selectors. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

/** A parsed page with small query helpers. */
export interface Page {
  tree: Root;
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  attr(selector: string, name: string): string | undefined;
  text(selector: string): string;
}

/** Parses an HTML document. */
export function parsePage(html: string): Page {
  const tree = fromHtml(html);
  const one = (selector: string) => select(selector, tree) ?? undefined;
  return {
    tree,
    one,
    all: (selector) => selectAll(selector, tree),
    attr: (selector, name) => {
      const value = one(selector)?.properties[name];
      return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
    },
    text: (selector) => {
      const element = one(selector);
      return element ? toString(element).replace(/\s+/g, ' ').trim() : '';
    },
  };
}
