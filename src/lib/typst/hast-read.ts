/**
 * Small readers over hast nodes, so that the converter asks questions about HTML
 * (an attribute's text, an element's text) without knowing hast's property encoding.
 */
import type { Element, ElementContent, RootContent } from 'hast';

/** An attribute as the author wrote it, whatever type hast parsed it into; undefined when absent. */
export function attribute(element: Element, property: string): string | undefined {
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The element's rendered text, as `textContent` would give it. */
export function textContent(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContent).join('');
  return '';
}

/** Whether a node is an element, optionally with one of the given tag names. */
export function isElement(node: RootContent | ElementContent, ...tagNames: string[]): node is Element {
  return node.type === 'element' && (tagNames.length === 0 || tagNames.includes(node.tagName));
}

/** Whether an element is web-only chrome (`data-pdf="skip"`), such as a visible header the PDF draws itself. */
export function isWebOnly(element: Element): boolean {
  return element.properties.dataPdf === 'skip';
}

/** Whether a node shows nothing in the PDF: comments, doctypes, whitespace-only text, and web-only elements marked `data-pdf="skip"`. */
export function isInvisible(node: RootContent | ElementContent): boolean {
  if (node.type === 'text') return /^[ \t\n\r\f]*$/.test(node.value);
  if (node.type === 'element') return isWebOnly(node);
  return node.type === 'comment' || node.type === 'doctype';
}

/** Child elements, skipping what {@link isInvisible} ignores; non-blank text is returned too so callers can reject it. */
export function visibleChildren(element: Element): Array<ElementContent> {
  return element.children.filter((child) => !isInvisible(child));
}
